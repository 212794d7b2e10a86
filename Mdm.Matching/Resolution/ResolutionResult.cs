namespace Mdm.Matching.Resolution;

/// <summary>
/// What resolving a set of records one after another produced: the golden cluster of each record, the pairs queued for
/// review, and every (record, candidate member) pair that candidate search brought to scoring.
/// </summary>
/// <param name="ClusterOf">Record key → cluster (golden) id.</param>
/// <param name="Reviews">Potential matches between two clusters, queued for a steward.</param>
/// <param name="CandidatePairs">Record-key pairs compared by the scorer (for pair completeness).</param>
/// <param name="AutoMergedPairs">Record-key pairs joined by an automatic merge decision.</param>
public sealed record ResolutionResult(
    IReadOnlyDictionary<string, string> ClusterOf,
    IReadOnlyList<ReviewPair> Reviews,
    IReadOnlySet<(string, string)> CandidatePairs,
    IReadOnlySet<(string, string)> AutoMergedPairs
);

/// <summary>A review between the cluster a record started and an existing cluster.</summary>
/// <param name="RecordKey">The record whose arrival opened the review.</param>
/// <param name="ClusterA">The existing cluster.</param>
/// <param name="ClusterB">The cluster the record started.</param>
/// <param name="Score">Match weight of the pair.</param>
public sealed record ReviewPair(string RecordKey, string ClusterA, string ClusterB, double Score);

/// <summary>Resolves records in the order given, as the hub would ingest them.</summary>
public interface IEntityResolver
{
    ResolutionResult Resolve(IReadOnlyList<MatchRecord> records);
}
