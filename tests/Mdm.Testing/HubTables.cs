using Npgsql;

namespace Mdm.Testing;

/// <summary>Empties a test database between tests, whatever tables later migrations add.</summary>
public static class HubTables
{
    /// <summary>
    /// Truncates every table of the hub's <c>public</c> schema except the migration history and the source-system
    /// catalogue (whose admin-added rows are deleted). Accounts (schema <c>stewardship</c>) and Hangfire are kept.
    /// </summary>
    public static async Task EmptyAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            DO $$
            DECLARE names text;
            BEGIN
              SELECT string_agg(format('%I', tablename), ', ') INTO names FROM pg_tables
              WHERE schemaname = 'public' AND tablename NOT IN ('__ef_migrations_history', 'source_systems');
              EXECUTE 'TRUNCATE ' || names || ' RESTART IDENTITY CASCADE';
              DELETE FROM source_systems WHERE NOT built_in;
            END $$;
            """,
            connection
        );
        await command.ExecuteNonQueryAsync();
    }
}
