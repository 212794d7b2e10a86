using Mdm.Matching.Candidates;
using Mdm.Matching.Scoring;

namespace Mdm.Matching.Resolution;

/// <summary>
/// Resolves records one after another exactly as the hub's ingest does — candidate search in a Lucene index of golden
/// records, scoring against each candidate as a whole, the two-threshold decision — but with the golden records held in
/// memory. Used by the evaluation and the benchmarks.
/// </summary>
public sealed class InMemoryResolver(Func<ITermStatistics, FellegiSunterMatcher> matcherFactory, int maxCandidates = 20)
    : IEntityResolver
{
    /// <summary>Called with every record and its scored candidates (best first) before the record is placed.</summary>
    public Action<MatchRecord, IReadOnlyList<ScoredCandidate>>? Observer { get; init; }

    public ResolutionResult Resolve(IReadOnlyList<MatchRecord> records)
    {
        using var index = CandidateIndex.InMemory();
        var matcher = matcherFactory(index);
        var clusters = new Dictionary<string, List<MatchRecord>>(StringComparer.Ordinal);
        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var reviews = new List<ReviewPair>();
        var candidatePairs = new HashSet<(string, string)>();
        var merged = new HashSet<(string, string)>();
        foreach (var record in records)
        {
            var candidates = index
                .Search(matcher.BlockingKeys(record), maxCandidates)
                .Select(id => new GoldenCandidate(id, clusters[id]))
                .ToList();
            foreach (var member in candidates.SelectMany(c => c.Members))
            {
                candidatePairs.Add(Pair(record.Key, member.Key));
            }
            var scored = matcher.Evaluate(record, candidates);
            Observer?.Invoke(record, scored);
            var decision = FellegiSunterMatcher.Decide(scored);
            var clusterId = decision is { Kind: MatchDecisionKind.AutoMerge, GoldenId: { } joined }
                ? joined
                : record.Key;
            if (clusterId == record.Key)
            {
                clusters[clusterId] = [];
                if (decision is { Kind: MatchDecisionKind.Review, GoldenId: { } other })
                {
                    reviews.Add(new ReviewPair(record.Key, other, clusterId, decision.Score));
                }
            }
            else
            {
                merged.UnionWith(clusters[clusterId].Select(m => Pair(record.Key, m.Key)));
            }
            clusters[clusterId].Add(record);
            clusterOf[record.Key] = clusterId;
            index.Upsert(clusterId, clusters[clusterId]);
        }
        return new ResolutionResult(clusterOf, reviews, candidatePairs, merged);
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
