using Mdm.Core.ApiKeys;
using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mdm.Core.Hosting;

/// <summary>
/// Migrates the schema and creates the bootstrap admin key before the host serves anything.
/// Several processes may start at once: EF Core serializes migrations with a database lock.
/// </summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<MdmDbContext> dbFactory,
    Npgsql.NpgsqlDataSource dataSource,
    IConfiguration configuration,
    MdmReadiness readiness,
    TimeProvider time,
    ILogger<DatabaseInitializer> logger
) : IHostedService
{
    public const string BootstrapKeyName = "bootstrap-admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await SchemaMigration.MigrateAsync(dataSource, db, cancellationToken);
        }
        await EnsureBootstrapKeyAsync(configuration["MDM_ADMIN_API_KEY"], cancellationToken);
        readiness.MarkDatabaseReady();
        LogReady(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Creates the admin key from configuration when absent; a changed key revokes the previous bootstrap key.</summary>
    public async Task EnsureBootstrapKeyAsync(string? key, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            LogNoBootstrapKey(logger);
            return;
        }
        var hash = ApiKeySecrets.Hash(key);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db
            .ApiKeys.Where(k => k.Bootstrap && k.KeyHash != hash && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now), ct);
        // Both web hosts bootstrap at start, possibly at the same moment: the unique hash settles it.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO api_keys (id, name, key_hash, scopes, bootstrap, created_at)
            VALUES ({Guid.CreateVersion7(now)}, {BootstrapKeyName}, {hash}, {new[] { Scopes.Admin }}, true, {now})
            ON CONFLICT (key_hash) DO NOTHING
            """,
            ct
        );
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated and ready")]
    private static partial void LogReady(ILogger logger);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "MDM_ADMIN_API_KEY is not set: no bootstrap admin key was created"
    )]
    private static partial void LogNoBootstrapKey(ILogger logger);
}
