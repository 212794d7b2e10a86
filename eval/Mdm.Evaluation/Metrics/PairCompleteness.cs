namespace Mdm.Evaluation.Metrics;

internal static class PairCompleteness
{
    /// <summary>
    /// Share of true pairs that the resolver either compared (a candidate pair) or placed in one cluster anyway:
    /// how much recall candidate search left possible. True pairs are counted from entity sizes; the candidate pairs
    /// only add the true pairs that ended up in different clusters, so no pair counts twice.
    /// </summary>
    /// <returns>1 when the truth holds no pair.</returns>
    public static double Of(
        IReadOnlyDictionary<string, string> clusterOf,
        IEnumerable<(string, string)> candidatePairs,
        IReadOnlyDictionary<string, string> entityOf
    )
    {
        var scores = PairwiseScores.Of(clusterOf, entityOf);
        if (scores.TruePairs == 0)
        {
            return 1;
        }
        var comparedButApart = KeyPairs
            .Distinct(candidatePairs)
            .Count(pair =>
                entityOf.TryGetValue(pair.Item1, out var entityA)
                && entityOf.TryGetValue(pair.Item2, out var entityB)
                && string.Equals(entityA, entityB, StringComparison.Ordinal)
                && !string.Equals(
                    PairwiseScores.ClusterOf(clusterOf, pair.Item1),
                    PairwiseScores.ClusterOf(clusterOf, pair.Item2),
                    StringComparison.Ordinal
                )
            );
        return (double)(scores.CorrectPairs + comparedButApart) / scores.TruePairs;
    }
}
