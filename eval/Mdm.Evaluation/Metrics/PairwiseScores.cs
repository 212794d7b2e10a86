namespace Mdm.Evaluation.Metrics;

/// <summary>
/// Pairwise quality of a clustering: a pair of records is predicted when both sit in one cluster and true when both
/// are one entity. Counted from the cluster × entity contingency table, never by enumerating the n² pairs.
/// </summary>
/// <param name="PredictedPairs">Pairs inside predicted clusters.</param>
/// <param name="TruePairs">Pairs inside true entities.</param>
/// <param name="CorrectPairs">Pairs that are both.</param>
internal sealed record PairwiseScores(long PredictedPairs, long TruePairs, long CorrectPairs)
{
    /// <summary>1 when nothing was merged: no pair is wrong.</summary>
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    /// <summary>1 when there is nothing to find.</summary>
    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores the clusters of every key of <paramref name="entityOf"/>.</summary>
    /// <param name="clusterOf">Record key → predicted cluster; must cover every key of <paramref name="entityOf"/>.</param>
    /// <param name="entityOf">Record key → true entity.</param>
    public static PairwiseScores Of(
        IReadOnlyDictionary<string, string> clusterOf,
        IReadOnlyDictionary<string, string> entityOf
    )
    {
        var clusterSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var entitySizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var cellSizes = new Dictionary<(string, string), long>();
        foreach (var (key, entity) in entityOf)
        {
            var cluster = ClusterOf(clusterOf, key);
            clusterSizes[cluster] = clusterSizes.GetValueOrDefault(cluster) + 1;
            entitySizes[entity] = entitySizes.GetValueOrDefault(entity) + 1;
            cellSizes[(cluster, entity)] = cellSizes.GetValueOrDefault((cluster, entity)) + 1;
        }
        return new PairwiseScores(
            clusterSizes.Values.Sum(KeyPairs.Count),
            entitySizes.Values.Sum(KeyPairs.Count),
            cellSizes.Values.Sum(KeyPairs.Count)
        );
    }

    /// <summary>Pairs within the groups of <paramref name="labelOf"/> (the true pairs of a truth map).</summary>
    public static long PairsWithin(IReadOnlyDictionary<string, string> labelOf) =>
        labelOf.Values.CountBy(label => label, StringComparer.Ordinal).Sum(g => KeyPairs.Count(g.Value));

    internal static string ClusterOf(IReadOnlyDictionary<string, string> clusterOf, string key) =>
        clusterOf.TryGetValue(key, out var cluster)
            ? cluster
            : throw new InvalidOperationException($"The resolver left record '{key}' without a cluster.");
}
