namespace Mdm.DataSamples.Data;

/// <summary>
/// Parses the embedded word lists. They live in raw string literals so the lists stay compact and
/// a code formatter never explodes them into one element per line.
/// </summary>
internal static class WordList
{
    private const StringSplitOptions Clean = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;

    /// <summary>Comma- or line-separated words.</summary>
    public static string[] Words(string raw) => raw.Split([',', '\n'], Clean);

    /// <summary>One row per line, columns separated by '|'; empty columns are kept.</summary>
    public static string[][] Rows(string raw) =>
        [.. raw.Split('\n', Clean).Select(line => line.Split('|', StringSplitOptions.TrimEntries))];
}
