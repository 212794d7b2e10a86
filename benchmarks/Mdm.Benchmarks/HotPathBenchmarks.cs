using BenchmarkDotNet.Attributes;
using Mdm.Benchmarks.Workload;
using Mdm.Matching;
using Mdm.Matching.Candidates;
using Mdm.Matching.Normalization;
using Mdm.Matching.Scoring;

namespace Mdm.Benchmarks;

/// <summary>
/// The matching engine's per-record steps against 100,000 golden records (issue #3). Each operation is one source
/// record; an invocation runs the same <see cref="Sample"/> probes in order, so every mean is over that mix of new
/// people and duplicates rather than one hand-picked record. <see cref="Evaluate"/> scores each probe against the
/// candidates its search returns, <see cref="Evaluate20Candidates"/> against exactly 20,
/// <see cref="EvaluateWithoutTermStatistics"/> against its own candidates with no term statistics.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private const int Goldens = 100_000;
    private const int Sample = 1_000;

    private MatchingWorkload _workload = null!;
    private FellegiSunterMatcher _withoutTermStatistics = null!;
    private PersonInput[] _inputs = [];
    private MatchRecord[] _records = [];
    private IReadOnlyList<string>[] _keys = [];
    private List<GoldenCandidate>[] _candidates = [];
    private List<GoldenCandidate>[] _twenty = [];

    [GlobalSetup]
    public void Setup()
    {
        _workload = MatchingWorkload.Create(Goldens, Sample, Console.Out);
        var scorer = new Scorer(DefaultModel.Load(), MatchModel.Comparisons, new ScoringOptions());
        _withoutTermStatistics = new FellegiSunterMatcher(scorer, new MatchThresholds(), terms: null);
        _inputs = [.. _workload.Probes.Select(p => p.Input)];
        _records = [.. _inputs.Select(PersonNormalizer.Normalize)];
        _keys = [.. _records.Select(BlockingKeys.For)];
        _candidates =
        [
            .. _keys.Select(k => _workload.LoadCandidates(_workload.Index.Search(k, MatchingWorkload.MaxCandidates))),
        ];
        _twenty = [.. _candidates.Select((_, i) => TwentyCandidates(i))];
        Console.WriteLine(
            $"// Sample: {Sample} probes, {_keys.Average(k => k.Count):F1} keys and {_candidates.Average(c => c.Count):F1} candidates each on average"
        );
    }

    // The probe's own candidates, then those of the probes after it (look-alikes of other people) up to 20.
    private List<GoldenCandidate> TwentyCandidates(int probe)
    {
        var twenty = new List<GoldenCandidate>(MatchingWorkload.MaxCandidates);
        for (var step = 0; step < Sample && twenty.Count < MatchingWorkload.MaxCandidates; step++)
        {
            foreach (var candidate in _candidates[(probe + step) % Sample])
            {
                if (twenty.Count < MatchingWorkload.MaxCandidates && !twenty.Any(c => c.GoldenId == candidate.GoldenId))
                {
                    twenty.Add(candidate);
                }
            }
        }
        return twenty;
    }

    [GlobalCleanup]
    public void Cleanup() => _workload.Dispose();

    [Benchmark(OperationsPerInvoke = Sample)]
    public int Normalize()
    {
        var sum = 0;
        foreach (var input in _inputs)
        {
            sum += PersonNormalizer.Normalize(input).Emails.Count;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Sample)]
    public int Keys()
    {
        var sum = 0;
        foreach (var record in _records)
        {
            sum += BlockingKeys.For(record).Count;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Sample)]
    public int Search()
    {
        var sum = 0;
        foreach (var keys in _keys)
        {
            sum += _workload.Index.Search(keys, MatchingWorkload.MaxCandidates).Count;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Sample)]
    public int Evaluate()
    {
        var sum = 0;
        for (var i = 0; i < _records.Length; i++)
        {
            sum += _workload.Matcher.Evaluate(_records[i], _candidates[i]).Count;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Sample)]
    public int Evaluate20Candidates()
    {
        var sum = 0;
        for (var i = 0; i < _records.Length; i++)
        {
            sum += _workload.Matcher.Evaluate(_records[i], _twenty[i]).Count;
        }
        return sum;
    }

    // Evaluate minus the index's term-frequency lookups: what the comparisons alone cost.
    [Benchmark(OperationsPerInvoke = Sample)]
    public int EvaluateWithoutTermStatistics()
    {
        var sum = 0;
        for (var i = 0; i < _records.Length; i++)
        {
            sum += _withoutTermStatistics.Evaluate(_records[i], _candidates[i]).Count;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Sample)]
    public int WholePath()
    {
        var sum = 0;
        foreach (var input in _inputs)
        {
            sum += _workload.Resolve(input).Count;
        }
        return sum;
    }
}
