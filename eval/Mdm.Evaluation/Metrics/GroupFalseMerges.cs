namespace Mdm.Evaluation.Metrics;

/// <summary>
/// Auto-merges of two different people who look alike by design in the multi-channel sample: members of one
/// household, twins, a junior and a senior. The sample's truth names the cohort but not the group, so any auto-merged
/// pair of different people whose cohorts are both such a cohort counts: an upper bound when two groups get mixed up.
/// </summary>
internal static class GroupFalseMerges
{
    public static readonly IReadOnlyList<string> Cohorts = ["household", "twin", "junior-senior"];

    /// <summary>Cohort → wrong auto-merged pairs; a pair from two different group cohorts counts under <c>mixed</c>.</summary>
    public static IReadOnlyDictionary<string, int> Count(
        IEnumerable<(string, string)> autoMergedPairs,
        IReadOnlyDictionary<string, string> entityOf,
        IReadOnlyDictionary<string, string> cohortOf
    )
    {
        var counts = Cohorts.ToDictionary(c => c, _ => 0, StringComparer.Ordinal);
        foreach (var (a, b) in KeyPairs.Distinct(autoMergedPairs))
        {
            if (
                cohortOf.TryGetValue(a, out var cohortA)
                && cohortOf.TryGetValue(b, out var cohortB)
                && Cohorts.Contains(cohortA, StringComparer.Ordinal)
                && Cohorts.Contains(cohortB, StringComparer.Ordinal)
                && !string.Equals(entityOf[a], entityOf[b], StringComparison.Ordinal)
            )
            {
                var label = string.Equals(cohortA, cohortB, StringComparison.Ordinal) ? cohortA : "mixed";
                counts[label] = counts.GetValueOrDefault(label) + 1;
            }
        }
        return counts;
    }
}
