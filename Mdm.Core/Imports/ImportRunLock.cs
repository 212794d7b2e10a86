using Npgsql;

namespace Mdm.Core.Imports;

/// <summary>
/// Held by the one run that processes an import: a session-level PostgreSQL advisory lock on its own connection, so a
/// second run (a Hangfire retry, a resume, another process) finds it taken, and a run that dies with its process frees
/// it with the connection. The free lock of a running import is how a dead run is recognised.
/// </summary>
public sealed class ImportRunLock : IAsyncDisposable
{
    // Key space 4, beside the transaction-scoped ones of AdvisoryLocks (1 to 3).
    private const string TryLock = "SELECT pg_try_advisory_lock(4, hashtext($1))";
    private const string Unlock = "SELECT pg_advisory_unlock(4, hashtext($1))";
    private readonly NpgsqlConnection _connection;
    private readonly Guid _importId;

    private ImportRunLock(NpgsqlConnection connection, Guid importId) =>
        (_connection, _importId) = (connection, importId);

    /// <summary>The lock, or null when another run holds it.</summary>
    public static async Task<ImportRunLock?> TryAcquireAsync(
        NpgsqlDataSource dataSource,
        Guid importId,
        CancellationToken ct
    )
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        try
        {
            if (await RunAsync(connection, TryLock, importId, ct))
            {
                return new ImportRunLock(connection, importId);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(_connection, Unlock, _importId, CancellationToken.None);
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }

    private static async Task<bool> RunAsync(NpgsqlConnection connection, string sql, Guid id, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id.ToString() });
        return await command.ExecuteScalarAsync(ct) is true;
    }
}
