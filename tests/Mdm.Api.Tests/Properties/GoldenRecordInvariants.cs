using System.Net;
using Mdm.Api.Tests.Infrastructure;
using Npgsql;

namespace Mdm.Api.Tests.Properties;

/// <summary>
/// What must hold between links, golden records, versions, change events and match reviews after any sequence of
/// changes (issue #4 item 8). Each query returns one line per violation.
/// </summary>
public static class GoldenRecordInvariants
{
    private static readonly string[] Queries =
    [
        // 1. Every live source record has exactly one link, to an active golden record; detached ones have none.
        """
            SELECT 'live source record ' || s.source_system || '/' || s.source_id || ' has ' || count(l.golden_id) || ' links'
            FROM source_records s LEFT JOIN links l ON l.source_record_id = s.id
            WHERE s.detached_at IS NULL
            GROUP BY s.id, s.source_system, s.source_id HAVING count(l.golden_id) <> 1
            """,
        """
            SELECT 'source record ' || s.source_system || '/' || s.source_id
                   || CASE WHEN s.detached_at IS NULL THEN '' ELSE ' (detached)' END
                   || ' is linked to ' || g.status || ' golden record ' || g.id
            FROM links l JOIN source_records s ON s.id = l.source_record_id JOIN golden_records g ON g.id = l.golden_id
            WHERE g.status <> 'active' OR s.detached_at IS NOT NULL
            """,
        // Every active golden record holds a live source record; a merged one points to another golden record.
        """
            SELECT 'active golden record ' || g.id || ' has no live source record'
            FROM golden_records g
            WHERE g.status = 'active' AND NOT EXISTS (
                SELECT 1 FROM links l JOIN source_records s ON s.id = l.source_record_id
                WHERE l.golden_id = g.id AND s.detached_at IS NULL)
            """,
        """
            SELECT g.status || ' golden record ' || g.id || ' has merged_into ' || coalesce(g.merged_into::text, 'null')
            FROM golden_records g LEFT JOIN golden_records t ON t.id = g.merged_into
            WHERE (g.status = 'merged') <> (g.merged_into IS NOT NULL) OR (g.status = 'merged' AND (t.id IS NULL OR t.id = g.id))
            """,
        // 2. Per golden record: events 1..last_event_sequence, versions 1..version, one event per version.
        """
            SELECT 'golden record ' || g.id || ' (version ' || g.version || ', last_event_sequence ' || g.last_event_sequence
                   || ') has event sequences [' || coalesce(e.sequences, '') || '] and versions [' || coalesce(v.versions, '') || ']'
            FROM golden_records g
            LEFT JOIN (SELECT golden_id, string_agg(sequence::text, ',' ORDER BY sequence) AS sequences,
                              count(*) AS n, count(DISTINCT sequence) AS distinct_n, min(sequence) AS low, max(sequence) AS high
                       FROM change_events GROUP BY golden_id) e ON e.golden_id = g.id
            LEFT JOIN (SELECT golden_id, string_agg(version::text, ',' ORDER BY version) AS versions,
                              count(*) AS n, count(DISTINCT version) AS distinct_n, min(version) AS low, max(version) AS high
                       FROM golden_record_versions GROUP BY golden_id) v ON v.golden_id = g.id
            WHERE g.version < 1
               OR coalesce(e.n, 0) <> g.last_event_sequence OR e.distinct_n <> e.n OR e.low <> 1 OR e.high <> g.last_event_sequence
               OR coalesce(v.n, 0) <> g.version OR v.distinct_n <> v.n OR v.low <> 1 OR v.high <> g.version
               OR coalesce(e.n, 0) <> coalesce(v.n, 0)
            """,
        """
            SELECT 'change event ' || e.position || ' names unknown golden record ' || e.golden_id
            FROM change_events e WHERE NOT EXISTS (SELECT 1 FROM golden_records g WHERE g.id = e.golden_id)
            """,
        // 3. An open review pairs two different, active golden records that no steward said are different people
        // (a golden record retired by detaching its last source record closes its reviews: seed 6QF30lfQhdX6).
        """
            SELECT 'open review ' || r.id || ' pairs ' || a.status || ' ' || a.id || ' with ' || b.status || ' ' || b.id
                   || CASE WHEN x.golden_id_low IS NULL THEN '' ELSE ' (an excluded pair)' END
            FROM match_reviews r
            JOIN golden_records a ON a.id = r.golden_id_a JOIN golden_records b ON b.id = r.golden_id_b
            LEFT JOIN match_exclusions x
              ON (x.golden_id_low = a.id AND x.golden_id_high = b.id) OR (x.golden_id_low = b.id AND x.golden_id_high = a.id)
            WHERE r.status = 'open'
              AND (a.id = b.id OR x.golden_id_low IS NOT NULL
                   OR a.status <> 'active' OR b.status <> 'active')
            """,
    ];

    public static async Task<IReadOnlyList<string>> ViolationsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var violations = new List<string>();
        foreach (var sql in Queries)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                violations.Add(reader.GetString(0));
            }
        }
        return violations;
    }

    /// <summary>None lost: the change feed serves every event of the outbox, once each, in position order.</summary>
    public static async Task AssertChangeFeedServesEveryEventAsync(HttpClient client, MdmApiFactory factory)
    {
        var served = new List<(string GoldenId, int Sequence, string Type, long Position)>();
        var after = 0L;
        while (true)
        {
            var page = await (await client.GetAsync($"/api/v1/changes?after={after}&limit=1000")).Expect(
                HttpStatusCode.OK
            );
            var items = page["items"]!.AsArray();
            served.AddRange(
                items.Select(i =>
                    (
                        i!["goldenId"]!.GetValue<string>(),
                        i["sequence"]!.GetValue<int>(),
                        i["type"]!.GetValue<string>(),
                        i["position"]!.GetValue<long>()
                    )
                )
            );
            if (items.Count == 0 || page["next"] is null)
            {
                break;
            }
            after = page["next"]!.GetValue<long>();
        }
        Assert.Equal(served.Select(e => e.Position).Order(), served.Select(e => e.Position));
        Assert.Equal(await factory.CountAsync("SELECT count(*) FROM change_events"), served.Count);
        Assert.Equal(served.Count, served.Select(e => (e.GoldenId, e.Sequence)).Distinct().Count());
    }
}
