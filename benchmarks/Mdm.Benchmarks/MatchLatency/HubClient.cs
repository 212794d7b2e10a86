using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Mdm.Core.GoldenRecords;

namespace Mdm.Benchmarks.MatchLatency;

/// <summary>What one match request answered, and how long it took from sending to the last byte of the body.</summary>
internal sealed record MatchAnswer(TimeSpan Elapsed, int Status, Guid? TopGoldenId, string? TopDecision);

/// <summary>One client of a running hub's API over one kept-alive connection, with the admin key.</summary>
internal sealed class HubClient : IDisposable
{
    private readonly HttpClient _http;

    public HubClient(Uri api, string adminKey)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            MaxConnectionsPerServer = 1,
            UseCookies = false,
        };
        _http = new HttpClient(handler) { BaseAddress = new Uri(api, "api/v1/") };
        _http.DefaultRequestHeaders.Add("X-Api-Key", adminKey);
    }

    /// <summary>The whole crosswalk (contract §4 <c>GET /xrefs</c> as CSV): source record → golden id.</summary>
    public async Task<Dictionary<SourceRef, Guid>> CrosswalkAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "xrefs");
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        var crosswalk = new Dictionary<SourceRef, Guid>();
        await reader.ReadLineAsync(ct); // sourceSystem,sourceId,goldenId
        while (await reader.ReadLineAsync(ct) is { Length: > 0 } line)
        {
            var fields = line.Split(',');
            crosswalk[new SourceRef(fields[0], fields[1])] = Guid.Parse(fields[2]);
        }
        return crosswalk;
    }

    /// <summary><c>POST /golden-records/match</c>; the answer is read after the clock stops.</summary>
    public async Task<MatchAnswer> MatchAsync(string body, CancellationToken ct)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.PostAsync(new Uri("golden-records/match", UriKind.Relative), content, ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (!response.IsSuccessStatusCode)
        {
            return new MatchAnswer(elapsed, (int)response.StatusCode, null, null);
        }
        using var answer = JsonDocument.Parse(bytes);
        var candidates = answer.RootElement.GetProperty("candidates");
        return candidates.GetArrayLength() == 0
            ? new MatchAnswer(elapsed, (int)response.StatusCode, null, null)
            : new MatchAnswer(
                elapsed,
                (int)response.StatusCode,
                candidates[0].GetProperty("goldenId").GetGuid(),
                candidates[0].GetProperty("decision").GetString()
            );
    }

    public void Dispose() => _http.Dispose();
}
