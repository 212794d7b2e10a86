using F23.StringSimilarity;

namespace Mdm.Matching.Scoring;

/// <summary>The string comparators the levels are built from (F23.StringSimilarity), shared and thread-safe.</summary>
internal static class StringSimilarity
{
    private static readonly JaroWinkler JaroWinklerMetric = new();
    private static readonly NormalizedLevenshtein LevenshteinMetric = new();

    public static double JaroWinkler(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) ? 1 : JaroWinklerMetric.Similarity(a, b);

    public static double Levenshtein(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) ? 1 : LevenshteinMetric.Similarity(a, b);

    /// <summary>True when one is a single letter (an initial) and the other starts with it.</summary>
    public static bool IsInitialOf(string a, string b) =>
        (a.Length == 1 && b.Length > 0 && b[0] == a[0]) || (b.Length == 1 && a.Length > 0 && a[0] == b[0]);
}
