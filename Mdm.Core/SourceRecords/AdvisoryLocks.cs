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
