using System.Net;
using System.Net.Http.Json;
using Mdm.Api.Tests.Infrastructure;
using Npgsql;

namespace Mdm.Api.Tests.Properties;

/// <summary>
/// Runs <see cref="Operation"/>s through the HTTP API. Choices among what exists are made in a fixed order (by source
/// keys, never by generated ids), so the same sequence does the same thing on every run; each request must succeed.
/// </summary>
public sealed class OperationRunner(HttpClient client, MdmApiFactory factory)
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Dictionary<string, object> _lastSent = new(StringComparer.Ordinal);

    /// <summary>Runs step <paramref name="index"/> of a sequence; returns what it did, for failure messages.</summary>
    public async Task<string> RunAsync(Operation operation, int index) =>
        operation switch
        {
            Operation.Put put => await PutAsync(put, Start.AddHours(index + 1)),
            Operation.Resend resend => await ResendAsync(resend),
            Operation.Delete delete => await DeleteAsync(delete),
            Operation.Decide decide => await DecideAsync(decide),
            Operation.Split split => await SplitAsync(split),
            Operation.Consent consent => await ConsentAsync(consent),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

    private async Task<string> PutAsync(Operation.Put put, DateTimeOffset sourceUpdatedAt)
    {
        var system = Operations.Systems[put.System];
        var id = Operations.SourceId(put.Person);
        var body = Operations.Body(put, sourceUpdatedAt);
        var result = await (await client.PutRecord(system, id, body)).Expect(HttpStatusCode.OK);
        _lastSent[$"{system}/{id}"] = body;
        return $"PUT {system}/{id}: {result["outcome"]} {result["goldenId"]}";
    }

    // Exactly one event per change also means none for a re-send of the same content.
    private async Task<string> ResendAsync(Operation.Resend resend)
    {
        var live = (await MembersAsync()).SelectMany(g => g.Value).Order(StringComparer.Ordinal).ToList();
        if (live.Count == 0)
        {
            return "RESEND: no live source record";
        }
        var key = live[resend.Pick % live.Count];
        var events = await CountEventsAsync();
        var parts = key.Split('/');
        var result = await (await client.PutRecord(parts[0], parts[1], _lastSent[key])).Expect(HttpStatusCode.OK);
        Assert.Equal("unchanged", result["outcome"]!.GetValue<string>());
        Assert.Equal(events, await CountEventsAsync());
        return $"RESEND {key}: unchanged";
    }

    private async Task<string> DeleteAsync(Operation.Delete delete)
    {
        var live = (await MembersAsync()).SelectMany(g => g.Value).Order(StringComparer.Ordinal).ToList();
        if (live.Count == 0)
        {
            return "DELETE: no live source record";
        }
        var key = live[delete.Pick % live.Count];
        var result = await (await client.DeleteAsync($"/api/v1/source-records/{key}")).Expect(HttpStatusCode.OK);
        return $"DELETE {key}: golden record {result["goldenId"]} now {result["goldenStatus"]}";
    }

    private async Task<string> DecideAsync(Operation.Decide decide)
    {
        var open = await (await client.GetAsync("/api/v1/match-reviews?status=open&limit=500")).Expect(
            HttpStatusCode.OK
        );
        var members = await MembersAsync();
        string Side(string goldenId) =>
            members.TryGetValue(Guid.Parse(goldenId), out var keys) ? string.Join(',', keys) : "(none)";
        var reviews = open["items"]!
            .AsArray()
            .Select(r =>
                (
                    Id: r!["id"]!.GetValue<string>(),
                    Sides: Side(r["goldenIdA"]!.GetValue<string>()) + " | " + Side(r["goldenIdB"]!.GetValue<string>())
                )
            )
            .OrderBy(r => r.Sides, StringComparer.Ordinal)
            .ToList();
        if (reviews.Count == 0)
        {
            return "DECIDE: no open review";
        }
        var (reviewId, sides) = reviews[decide.Pick % reviews.Count];
        var decision = decide.Merge ? "merge" : "not-a-match";
        var result = await (
            await client.PostAsJsonAsync(
                $"/api/v1/match-reviews/{reviewId}/decision",
                new { decision, comment = "property test" }
            )
        ).Expect(HttpStatusCode.OK);
        return $"DECIDE {decision} on [{sides}]: {result["goldenIds"]?.ToJsonString()}";
    }

    private async Task<string> SplitAsync(Operation.Split split)
    {
        var candidates = (await MembersAsync())
            .Where(g => g.Value.Count >= 2)
            .OrderBy(g => string.Join(',', g.Value), StringComparer.Ordinal)
            .ToList();
        if (candidates.Count == 0)
        {
            return "SPLIT: no golden record with two source records";
        }
        var (goldenId, keys) = candidates[split.Pick % candidates.Count];
        // Bit i of the mask moves keys[i]; 1 .. 2^n - 2 are exactly the non-empty proper subsets.
        var mask = split.Subset % ((1 << keys.Count) - 2) + 1;
        var moving = keys.Where((_, i) => (mask & (1 << i)) != 0).ToList();
        var sources = moving.Select(k => k.Split('/')).Select(k => new { sourceSystem = k[0], sourceId = k[1] });
        var result = await (
            await client.PostAsJsonAsync($"/api/v1/golden-records/{goldenId}/split", new { sources })
        ).Expect(HttpStatusCode.OK);
        return $"SPLIT {string.Join(',', moving)} out of [{string.Join(',', keys)}]: {result["newGoldenId"]}";
    }

    private async Task<string> ConsentAsync(Operation.Consent consent)
    {
        var active = (await MembersAsync()).OrderBy(g => string.Join(',', g.Value), StringComparer.Ordinal).ToList();
        if (active.Count == 0)
        {
            return "CONSENT: no active golden record";
        }
        var (goldenId, keys) = active[consent.Pick % active.Count];
        var status = consent.Granted ? "granted" : "revoked";
        var result = await (
            await client.PutAsJsonAsync(
                $"/api/v1/golden-records/{goldenId}/consents/marketing/email",
                new
                {
                    status,
                    capturedAt = Start.AddHours(consent.Hour),
                    source = "preference-center",
                }
            )
        ).Expect(HttpStatusCode.OK);
        return $"CONSENT {status} at hour {consent.Hour} on [{string.Join(',', keys)}]: effective {result["effective"]}";
    }

    private Task<long> CountEventsAsync() => factory.CountAsync("SELECT count(*) FROM change_events");

    /// <summary>The live source-record keys ("system/id", sorted) of every active golden record.</summary>
    private async Task<Dictionary<Guid, List<string>>> MembersAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT l.golden_id, s.source_system || '/' || s.source_id
            FROM links l
            JOIN source_records s ON s.id = l.source_record_id
            JOIN golden_records g ON g.id = l.golden_id
            WHERE s.detached_at IS NULL AND g.status = 'active'
            """,
            connection
        );
        await using var reader = await command.ExecuteReaderAsync();
        var members = new Dictionary<Guid, List<string>>();
        while (await reader.ReadAsync())
        {
            var goldenId = reader.GetGuid(0);
            if (!members.TryGetValue(goldenId, out var keys))
            {
                members[goldenId] = keys = [];
            }
            keys.Add(reader.GetString(1));
        }
        foreach (var keys in members.Values)
        {
            keys.Sort(StringComparer.Ordinal);
        }
        return members;
    }
}
