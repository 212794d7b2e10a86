namespace Mdm.Benchmarks.MatchLatency;

/// <summary>
/// <c>match-latency</c>: <c>POST /golden-records/match</c> latency over HTTP against a real hub holding N golden records.
/// Two steps with an API (re)start between them, so its candidate index is rebuilt from the seeded rows:
/// <c>--connection</c> seeds an empty, migrated database in bulk; <c>--api</c> and <c>--admin-key</c> measure the API
/// serving it. <c>benchmarks/match-latency.sh</c> does the whole run.
/// </summary>
internal static class MatchLatencyCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (MatchLatencyOptions.Parse(args) is not { } options)
        {
            Console.Error.WriteLine(MatchLatencyOptions.Usage);
            return 2;
        }
        return options.Seeds
            ? HubSeeder.Run(options.Goldens, options.Connection!, Console.Out)
            : await LatencyMeasurement.RunAsync(options, Console.Out, CancellationToken.None);
    }
}
