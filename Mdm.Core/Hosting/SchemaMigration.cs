using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mdm.Core.Hosting;

/// <summary>
/// Migrates a context while holding a PostgreSQL advisory lock, so hosts starting together (the API and the steward
/// UI both migrate at start) apply each migration once: the second waits, then finds nothing left to apply. EF Core's
/// own migration lock did not keep two processes from creating the same index (seen with scripts/run.sh).
/// </summary>
public static class SchemaMigration
{
    // An arbitrary constant shared by every CustomerMdm process (advisory-lock space of its own).
    private const long LockKey = 0x4D444D_4D4947; // "MDM" "MIG"

    public static async Task MigrateAsync(NpgsqlDataSource dataSource, DbContext db, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection))
        {
            await take.ExecuteNonQueryAsync(ct);
        }
        try
        {
            await db.Database.MigrateAsync(ct);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
