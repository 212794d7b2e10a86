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
        // 2. Per golden record: events 1..last_event_sequence, versions 1..version.
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
            """,
        // Each version has its events (ADR 0006): at most one golden.* event, and consent.changed events only when
        // nothing but consents changed; every event belongs to a version that exists.
        """
            SELECT 'golden record ' || v.golden_id || ' version ' || v.version || ' has '
                   || count(e.position) FILTER (WHERE e.type LIKE 'golden.%') || ' golden events and '
                   || count(e.position) FILTER (WHERE e.type = 'consent.changed') || ' consent events'
            FROM golden_record_versions v
            LEFT JOIN change_events e ON e.golden_id = v.golden_id AND e.golden_version = v.version
            GROUP BY v.golden_id, v.version
            HAVING count(e.position) = 0 OR count(e.position) FILTER (WHERE e.type LIKE 'golden.%') > 1
            """,
        """
            SELECT 'change event ' || e.position || ' names version ' || e.golden_version || ' of golden record '
                   || e.golden_id || ', which has no such version'
            FROM change_events e
            WHERE NOT EXISTS (
                SELECT 1 FROM golden_record_versions v WHERE v.golden_id = e.golden_id AND v.version = e.golden_version)
            """,
        // Consents (issue #6): per purpose and channel, a golden record's current consent is the latest captured (a revocation
        // on a tie) of what its live source records and the consent endpoint told it.
        """
            WITH told AS (
                SELECT l.golden_id, c->>'purpose' AS purpose, c->>'channel' AS channel, c->>'status' AS status,
                       (c->>'capturedAt')::timestamptz AS captured_at, s.source_system AS source
                FROM links l JOIN source_records s ON s.id = l.source_record_id AND s.detached_at IS NULL
                CROSS JOIN LATERAL jsonb_array_elements(coalesce(nullif(s.payload->'consents', 'null'), '[]')) AS c
                UNION ALL
                SELECT golden_id, purpose, channel, status, captured_at, source FROM direct_consents
            ), expected AS (
                SELECT DISTINCT ON (golden_id, purpose, channel) *
                FROM told ORDER BY golden_id, purpose, channel, captured_at DESC, (status = 'revoked') DESC, source COLLATE "C"
            ), actual AS (
                SELECT g.id AS golden_id, c->>'purpose' AS purpose, c->>'channel' AS channel, c->>'status' AS status,
                       (c->>'capturedAt')::timestamptz AS captured_at, c->>'source' AS source
                FROM golden_records g CROSS JOIN LATERAL jsonb_array_elements(coalesce(g.document->'consents', '[]')) AS c
                WHERE g.status = 'active'
            )
            SELECT 'golden record ' || coalesce(a.golden_id, x.golden_id) || ' holds ' || coalesce(a.purpose || '/' || a.channel
                   || ' ' || a.status || ' from ' || a.source, 'nothing') || ' where its inputs say '
                   || coalesce(x.purpose || '/' || x.channel || ' ' || x.status || ' from ' || x.source, 'nothing')
            FROM actual a
            FULL JOIN (SELECT e.* FROM expected e JOIN golden_records g ON g.id = e.golden_id AND g.status = 'active') x
              ON x.golden_id = a.golden_id AND x.purpose = a.purpose AND x.channel = a.channel
            WHERE a.golden_id IS NULL OR x.golden_id IS NULL
               OR (a.status, a.captured_at, a.source) IS DISTINCT FROM (x.status, x.captured_at, x.source)
            """,
        // Every effective consent change has its consent.changed event: per golden record, purpose and channel the
        // events chain (each one's previous is the one before's current) and end at what the golden record holds.
        """
            WITH ev AS (
                SELECT golden_id, sequence, data->>'purpose' AS purpose, data->>'channel' AS channel,
                       data->'previous' AS previous,
                       CASE WHEN data->>'status' IS NULL THEN NULL ELSE jsonb_build_object('status', data->>'status',
                            'capturedAt', (data->>'capturedAt')::timestamptz, 'source', data->>'source') END AS current,
                       row_number() OVER (PARTITION BY golden_id, data->>'purpose', data->>'channel' ORDER BY sequence DESC) AS from_last
                FROM change_events WHERE type = 'consent.changed'
            ), chained AS (
                SELECT *, lag(current) OVER (PARTITION BY golden_id, purpose, channel ORDER BY sequence) AS before
                FROM ev
            ), held AS (
                SELECT g.id AS golden_id, c->>'purpose' AS purpose, c->>'channel' AS channel,
                       jsonb_build_object('status', c->>'status', 'capturedAt', (c->>'capturedAt')::timestamptz,
                                          'source', c->>'source') AS current
                FROM golden_records g CROSS JOIN LATERAL jsonb_array_elements(coalesce(g.document->'consents', '[]')) AS c
            )
            SELECT 'consent.changed ' || golden_id || ' #' || sequence || ' ' || purpose || '/' || channel
                   || ' says previous ' || coalesce(previous::text, 'none') || ' after ' || coalesce(before::text, 'none')
            FROM chained
            WHERE (CASE WHEN previous IS NULL OR previous = 'null' THEN NULL ELSE jsonb_build_object(
                       'status', previous->>'status', 'capturedAt', (previous->>'capturedAt')::timestamptz,
                       'source', previous->>'source') END) IS DISTINCT FROM before
            UNION ALL
            SELECT 'golden record ' || coalesce(h.golden_id, e.golden_id) || ' ' || coalesce(h.purpose, e.purpose) || '/'
                   || coalesce(h.channel, e.channel) || ' holds ' || coalesce(h.current::text, 'none')
                   || ' but its last consent.changed says ' || coalesce(e.current::text, 'none')
            FROM held h
            FULL JOIN (SELECT * FROM ev WHERE from_last = 1) e
              ON e.golden_id = h.golden_id AND e.purpose = h.purpose AND e.channel = h.channel
            WHERE h.current IS DISTINCT FROM e.current
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
