using Mdm.Benchmarks.Workload;
using Mdm.Matching;

namespace Mdm.Benchmarks;

/// <summary>What the throughput run resolved to: evidence that its probes are realistic work, not a timing.</summary>
internal sealed class OutcomeTally
{
    private int _candidates;
    private int _probes;
    private int _duplicates;
    private int _duplicatesFound;
    private int _duplicatesMerged;
    private int _newMerged;

    public void Add(Probe probe, IReadOnlyList<string> candidateIds, IReadOnlyList<ScoredCandidate> scored)
    {
        _probes++;
        _candidates += candidateIds.Count;
        var best = scored.Count > 0 ? scored[0] : null;
        var merged = best is { Decision: MatchDecisionKind.AutoMerge };
        if (probe.DuplicateOf is not { } golden)
        {
            _newMerged += merged ? 1 : 0;
            return;
        }
        _duplicates++;
        _duplicatesFound += candidateIds.Contains(golden) ? 1 : 0;
        _duplicatesMerged += merged && best!.GoldenId == golden ? 1 : 0;
    }

    public string Describe() =>
        $"{(double)_candidates / _probes:F1} candidates each on average; of {_duplicates:N0} duplicates "
        + $"{_duplicatesFound:N0} found by search and {_duplicatesMerged:N0} auto-merged to the right golden record; "
        + $"{_newMerged:N0} of {_probes - _duplicates:N0} new people auto-merged";
}
