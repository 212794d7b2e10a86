using Mdm.Matching.Resolution;

namespace Mdm.Evaluation.Metrics;

/// <summary>What the clusters would be after a steward who always decides right worked through the review queue.</summary>
internal static class PerfectSteward
{
    /// <summary>
    /// Merges the two clusters of every review whose clusters are the same entity (the majority entity of each final
    /// cluster; ties go to the ordinally smallest entity id) and rejects the others. Reviews are judged against the
    /// final clusters: a <see cref="ReviewPair.ClusterB"/> that no longer exists is replaced by the current cluster of
    /// <see cref="ReviewPair.RecordKey"/>; a review whose <see cref="ReviewPair.ClusterA"/> no longer exists is skipped.
    /// </summary>
    /// <returns>Record key → cluster after the reviews.</returns>
    public static IReadOnlyDictionary<string, string> Apply(
        IReadOnlyDictionary<string, string> clusterOf,
        IReadOnlyList<ReviewPair> reviews,
        IReadOnlyDictionary<string, string> entityOf
    )
    {
        var majority = MajorityEntityOf(clusterOf, entityOf);
        var sets = new DisjointSets();
        foreach (var review in reviews)
        {
            var clusterB = majority.ContainsKey(review.ClusterB)
                ? review.ClusterB
                : clusterOf.GetValueOrDefault(review.RecordKey);
            if (
                clusterB is not null
                && majority.TryGetValue(review.ClusterA, out var entityA)
                && majority.TryGetValue(clusterB, out var entityB)
                && string.Equals(entityA, entityB, StringComparison.Ordinal)
            )
            {
                sets.Union(review.ClusterA, clusterB);
            }
        }
        return clusterOf.ToDictionary(kv => kv.Key, kv => sets.Find(kv.Value), StringComparer.Ordinal);
    }

    /// <summary>Cluster → the entity most of its labelled records belong to.</summary>
    internal static Dictionary<string, string> MajorityEntityOf(
        IReadOnlyDictionary<string, string> clusterOf,
        IReadOnlyDictionary<string, string> entityOf
    ) =>
        clusterOf
            .Where(kv => entityOf.ContainsKey(kv.Key))
            .GroupBy(kv => kv.Value, StringComparer.Ordinal)
            .ToDictionary(
                cluster => cluster.Key,
                cluster =>
                    cluster
                        .CountBy(kv => entityOf[kv.Key], StringComparer.Ordinal)
                        .OrderByDescending(e => e.Value)
                        .ThenBy(e => e.Key, StringComparer.Ordinal)
                        .First()
                        .Key,
                StringComparer.Ordinal
            );
}
