using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using static System.FormattableString;

namespace Mdm.DataSamples;

/// <summary>
/// Loads a JSON-lines file of source records through the API's batch endpoint, as a channel system would.
/// Each batch carries an Idempotency-Key derived from its content, so a re-run after a failure is safe.
/// </summary>
internal static class SampleLoader
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(string apiBaseUrl, string apiKey, string file)
    {
        using var http = new HttpClient { BaseAddress = new Uri(apiBaseUrl), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var lines = File.ReadLines(file).Where(l => l.Trim().Length > 0);
        foreach (var batch in lines.Chunk(BatchSize))
        {
            var body = "{\"records\":[" + string.Join(',', batch) + "]}";
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/source-records/batch")
            {
                Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            };
            request.Headers.Add(
                "Idempotency-Key",
                "sample-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))
            );
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                await Console.Error.WriteLineAsync(Invariant($"Batch failed with {(int)response.StatusCode}: {text}"));
                return 1;
            }
            foreach (var result in JsonNode.Parse(text)!["results"]!.AsArray())
            {
                var outcome = result!["outcome"]?.GetValue<string>() ?? "rejected";
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
        }
        var summary = string.Join(", ", outcomes.Select(o => Invariant($"{o.Value} {o.Key}")));
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(
            Invariant($"Loaded {summary} in {seconds:F1} s ({outcomes.Values.Sum() / seconds:F0} source records/s)")
        );
        return outcomes.ContainsKey("rejected") ? 1 : 0;
    }
}
