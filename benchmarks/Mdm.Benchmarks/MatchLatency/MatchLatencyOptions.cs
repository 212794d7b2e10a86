using System.Globalization;

namespace Mdm.Benchmarks.MatchLatency;

/// <summary>The options of <c>match-latency</c>: a connection string seeds, an API URL and key measure.</summary>
internal sealed record MatchLatencyOptions(int Goldens, int Requests, Uri? Api, string? AdminKey, string? Connection)
{
    public const string Usage =
        "Usage: match-latency [--goldens N] --connection CS                         seed an empty, migrated hub\n"
        + "       match-latency [--goldens N] [--requests M] --api URL --admin-key KEY  measure the API serving it\n"
        + "       (defaults: 100000 golden records, 5000 requests; seed, restart the API, then measure with the same N)";

    public bool Seeds => Connection is not null;

    public bool Measures => Api is not null && AdminKey is not null;

    public static MatchLatencyOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new MatchLatencyOptions(100_000, 5_000, null, null, null);
        if (args.Count % 2 != 0)
        {
            return null;
        }
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--goldens" when Count(value) is { } n => options with { Goldens = n },
                "--requests" when Count(value) is { } n => options with { Requests = n },
                "--api" when Uri.TryCreate(value, UriKind.Absolute, out var api) => options with { Api = api },
                "--admin-key" => options with { AdminKey = value },
                "--connection" => options with { Connection = value },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }
        // Seeding and measuring need an API restart in between (its index is rebuilt at start), so never both at once.
        return options.Seeds != options.Measures ? options : null;
    }

    private static int? Count(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
