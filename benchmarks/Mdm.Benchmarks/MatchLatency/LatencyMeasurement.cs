using Mdm.Core.GoldenRecords;

namespace Mdm.Benchmarks.MatchLatency;

/// <summary>
/// Sends match requests one after the other from one client to a running hub — untimed warm-up first, so the API runs
/// optimized code with warm caches — and reports latency percentiles and what the answers were.
/// </summary>
internal static class LatencyMeasurement
{
    private const int WarmUp = 500;
    private static readonly TimeSpan Target = TimeSpan.FromMilliseconds(10);

    public static async Task<int> RunAsync(MatchLatencyOptions options, TextWriter log, CancellationToken ct)
    {
        var probes = MatchProbes.Create(options.Goldens, WarmUp + options.Requests, log);
        using var client = new HubClient(options.Api!, options.AdminKey!);
        var crosswalk = await client.CrosswalkAsync(ct);
        var goldens = crosswalk.Values.Distinct().Count();
        log.WriteLine(
            $"The hub at {options.Api} holds {goldens:N0} golden records of {crosswalk.Count:N0} source records"
        );
        Guid? Expected(MatchProbe p) => p.CopyOf is { } source ? crosswalk.GetValueOrDefault(source) : null;
        if (probes.Any(p => Expected(p) == Guid.Empty))
        {
            log.WriteLine(
                $"The hub does not hold the seeded population of {options.Goldens:N0} people; seed it first."
            );
            return 1;
        }

        foreach (var probe in probes.Take(WarmUp))
        {
            await client.MatchAsync(probe.Body, ct);
        }
        var timed = probes.Skip(WarmUp).ToList();
        var latencies = new long[timed.Count];
        var tally = new MatchTally();
        for (var i = 0; i < timed.Count; i++)
        {
            var answer = await client.MatchAsync(timed[i].Body, ct);
            latencies[i] = answer.Elapsed.Ticks;
            tally.Add(timed[i], Expected(timed[i]), answer);
        }
        Report(log, latencies, tally);
        return tally.Failed == 0 ? 0 : 1;
    }

    private static void Report(TextWriter log, long[] latencies, MatchTally tally)
    {
        Array.Sort(latencies);
        var p99 = TimeSpan.FromTicks(ThroughputCommand.Percentile(latencies, 0.99));
        log.WriteLine();
        log.WriteLine(
            $"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {Environment.OSVersion}"
        );
        log.WriteLine(
            $"Requests: {latencies.Length:N0} sequential on one connection after {WarmUp:N0} untimed; {tally.Failed:N0} failed"
        );
        log.WriteLine(
            $"Latency (ms): p50 {Millis(ThroughputCommand.Percentile(latencies, 0.50)):F2}, "
                + $"p95 {Millis(ThroughputCommand.Percentile(latencies, 0.95)):F2}, p99 {p99.TotalMilliseconds:F2}, "
                + $"max {Millis(latencies[^1]):F2}, mean {Millis((long)latencies.Average()):F2}"
        );
        log.WriteLine(tally.Describe());
        log.WriteLine(
            p99 <= Target
                ? $"Target p99 <= {Target.TotalMilliseconds:N0} ms: MET"
                : $"Target p99 <= {Target.TotalMilliseconds:N0} ms: NOT MET"
        );
    }

    private static double Millis(long ticks) => TimeSpan.FromTicks(ticks).TotalMilliseconds;
}
