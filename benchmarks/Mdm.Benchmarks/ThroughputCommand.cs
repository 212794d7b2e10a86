using System.Diagnostics;
using System.Globalization;
using Mdm.Benchmarks.Workload;
using Mdm.Matching;
using Mdm.Matching.Candidates;
using Mdm.Matching.Normalization;

namespace Mdm.Benchmarks;

/// <summary>
/// <c>throughput [--goldens N] [--probes N]</c>: one thread resolves every probe through the whole per-record path
/// against an index built beforehand (not timed), and reports records per second, latency percentiles and where the
/// time goes, step by step.
/// </summary>
internal static class ThroughputCommand
{
    private const double TargetPerSecond = 2_000;
    private const int WarmUp = 2_000;
    private static readonly string[] StepNames =
    [
        "normalize",
        "blocking keys",
        "candidate search",
        "load candidates",
        "evaluate",
    ];

    public static int Run(IReadOnlyList<string> args)
    {
        if (!TryParse(args, out var goldens, out var probeCount))
        {
            Console.Error.WriteLine("Usage: throughput [--goldens N] [--probes N]  (defaults 100000 and 20000)");
            return 2;
        }
        using var workload = MatchingWorkload.Create(goldens, probeCount, Console.Out);
        var probes = workload.Probes;

        // Untimed warm-up so the timed pass runs optimized (tiered, PGO) code, as a long-running hub does.
        foreach (var probe in probes.Take(WarmUp))
        {
            workload.Resolve(probe.Input);
        }

        var latencies = new long[probes.Count];
        var steps = new long[StepNames.Length];
        var tally = new OutcomeTally();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var paused = GC.GetTotalPauseDuration();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < probes.Count; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var record = PersonNormalizer.Normalize(probes[i].Input);
            var t1 = Stopwatch.GetTimestamp();
            var keys = BlockingKeys.For(record);
            var t2 = Stopwatch.GetTimestamp();
            var ids = workload.Index.Search(keys, MatchingWorkload.MaxCandidates);
            var t3 = Stopwatch.GetTimestamp();
            var candidates = workload.LoadCandidates(ids);
            var t4 = Stopwatch.GetTimestamp();
            var scored = workload.Matcher.Evaluate(record, candidates);
            var t5 = Stopwatch.GetTimestamp();
            steps[0] += t1 - t0;
            steps[1] += t2 - t1;
            steps[2] += t3 - t2;
            steps[3] += t4 - t3;
            steps[4] += t5 - t4;
            latencies[i] = t5 - t0;
            tally.Add(probes[i], ids, scored);
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        paused = GC.GetTotalPauseDuration() - paused;
        var gcs = collections.Select((before, generation) => GC.CollectionCount(generation) - before).ToArray();

        var rate = probes.Count / elapsed.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine(
            $"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {Environment.OSVersion}"
        );
        Console.WriteLine($"Golden records: {workload.Goldens.Count:N0} ({workload.SourceRecords:N0} source records)");
        Console.WriteLine(
            $"Probes: {probes.Count:N0} after {Math.Min(WarmUp, probes.Count):N0} untimed warm-up; {tally.Describe()}"
        );
        Console.WriteLine($"Throughput: {rate:N0} records/s single-threaded ({elapsed.TotalSeconds:F1} s)");
        Array.Sort(latencies);
        Console.WriteLine(
            $"Latency per record (µs): p50 {Micros(Percentile(latencies, 0.50)):N0}, p95 {Micros(Percentile(latencies, 0.95)):N0}, "
                + $"p99 {Micros(Percentile(latencies, 0.99)):N0}, max {Micros(latencies[^1]):N0}"
        );
        Console.WriteLine(
            $"Allocated: {allocated / probes.Count / 1024.0:N1} KiB per record; collections gen0/1/2 {gcs[0]:N0}/{gcs[1]:N0}/{gcs[2]:N0}, "
                + $"GC pauses {paused.TotalSeconds:F1} s ({paused / elapsed:P0} of the run)"
        );
        Console.WriteLine("Where the time goes (mean µs per record, share of the path):");
        var total = steps.Sum();
        for (var s = 0; s < steps.Length; s++)
        {
            Console.WriteLine(
                $"  {StepNames[s], -17} {Micros(steps[s]) / probes.Count, 8:N1}  {100.0 * steps[s] / total, 5:N1} %"
            );
        }
        Console.WriteLine(
            rate >= TargetPerSecond
                ? $"Target of {TargetPerSecond:N0} records/s: MET"
                : $"Target of {TargetPerSecond:N0} records/s: NOT MET ({rate / TargetPerSecond:P0} of it)"
        );
        return 0;
    }

    private static double Micros(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;

    internal static long Percentile(long[] sorted, double q) =>
        sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1)];

    /// <summary>Reads <c>--goldens N</c> and <c>--probes N</c>, both optional.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out int goldens, out int probes)
    {
        goldens = 100_000;
        probes = 20_000;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var ok =
                int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0;
            switch (args[i])
            {
                case "--goldens" when ok:
                    goldens = value;
                    break;
                case "--probes" when ok:
                    probes = value;
                    break;
                default:
                    return false;
            }
        }
        return args.Count % 2 == 0;
    }
}
