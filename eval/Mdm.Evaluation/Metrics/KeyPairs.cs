namespace Mdm.Evaluation.Metrics;

internal static class KeyPairs
{
    /// <summary>Each unordered pair once, smaller key first (ordinal); pairs of a key with itself dropped.</summary>
    public static HashSet<(string, string)> Distinct(IEnumerable<(string, string)> pairs)
    {
        var set = new HashSet<(string, string)>();
        foreach (var (a, b) in pairs)
        {
            var order = string.CompareOrdinal(a, b);
            if (order != 0)
            {
                set.Add(order < 0 ? (a, b) : (b, a));
            }
        }
        return set;
    }

    /// <summary>n choose 2.</summary>
    public static long Count(long n) => n * (n - 1) / 2;
}
