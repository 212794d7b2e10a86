using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.SourceRecords;

/// <summary>
/// Transaction-scoped PostgreSQL advisory locks that serialize decisions about records that could match
/// (see docs/adr/0001-serialize-matching-with-advisory-locks.md). Released at commit or rollback.
/// </summary>
internal static class AdvisoryLocks
{
    private const int SourceRecordSpace = 1;
    private const int BlockingKeySpace = 2;
    private const int GoldenRecordSpace = 3;

    public static Task LockSourceRecordAsync(
        MdmDbContext db,
        string sourceSystem,
        string sourceId,
        CancellationToken ct
    ) =>
        db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock({SourceRecordSpace}, hashtext({sourceSystem + "/" + sourceId}))",
            ct
        );

    /// <summary>
    /// Locks golden records for a steward's change (merge, split): the golden ids, then every live member's source
    /// record lock (so updates of a member wait), then every member's blocking keys (so an ingest that could join one
    /// of them waits). The same spaces in the same order as ingest, each in hash order: no cycles.
    /// </summary>
    public static async Task LockGoldenRecordsAsync(
        MdmDbContext db,
        IReadOnlyList<Guid> goldenIds,
        CancellationToken ct
    )
    {
        var ids = goldenIds.Distinct().Order().ToArray();
        await db.Database.ExecuteSqlAsync(
            $"""
            SELECT pg_advisory_xact_lock({GoldenRecordSpace}, h)
            FROM (SELECT DISTINCT hashtext(g::text) AS h FROM unnest({ids}) AS g ORDER BY 1) AS ordered
            """,
            ct
        );
        await db.Database.ExecuteSqlAsync(
            $"""
            SELECT pg_advisory_xact_lock({SourceRecordSpace}, h)
            FROM (
                SELECT DISTINCT hashtext(s.source_system || '/' || s.source_id) AS h
                FROM links l JOIN source_records s ON s.id = l.source_record_id
                WHERE l.golden_id = ANY({ids}) ORDER BY 1
            ) AS ordered
            """,
            ct
        );
        await db.Database.ExecuteSqlAsync(
            $"""
            SELECT pg_advisory_xact_lock({BlockingKeySpace}, h)
            FROM (
                SELECT DISTINCT hashtext(k) AS h
                FROM links l JOIN source_records s ON s.id = l.source_record_id, unnest(s.match_keys) AS k
                WHERE l.golden_id = ANY({ids}) ORDER BY 1
            ) AS ordered
            """,
            ct
        );
    }

    /// <summary>Locks every key, in hash order, so two transactions never wait on each other in a cycle.</summary>
    public static Task LockBlockingKeysAsync(MdmDbContext db, IReadOnlyList<string> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return Task.CompletedTask;
        }
        var array = keys.ToArray();
        return db.Database.ExecuteSqlAsync(
            $"""
            SELECT pg_advisory_xact_lock({BlockingKeySpace}, h)
            FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest({array}) AS k ORDER BY 1) AS ordered
            """,
            ct
        );
    }
}
