namespace Mdm.Evaluation.Metrics;

internal static class AutoMergePrecision
{
    /// <summary>
    /// Share of the distinct auto-merged pairs whose two records are one entity, or null when nothing was
    /// auto-merged. Pairs with a key outside the truth are left out.
    /// </summary>
    public static double? Of(
        IEnumerable<(string, string)> autoMergedPairs,
        IReadOnlyDictionary<string, string> entityOf
    )
    {
        var judged = 0;
        var correct = 0;
        foreach (var (a, b) in KeyPairs.Distinct(autoMergedPairs))
        {
            if (entityOf.TryGetValue(a, out var entityA) && entityOf.TryGetValue(b, out var entityB))
            {
                judged++;
                correct += string.Equals(entityA, entityB, StringComparison.Ordinal) ? 1 : 0;
            }
        }
        return judged == 0 ? null : (double)correct / judged;
    }
}
