using System.Diagnostics;
using Mdm.Benchmarks.Workload;
using Npgsql;

namespace Mdm.Benchmarks.MatchLatency;

/// <summary>
/// Fills an empty, migrated hub database with a generated population in bulk (binary COPY, one transaction), as if
/// every source record had been ingested through the API, then vacuums and analyzes what it wrote.
/// </summary>
internal static class HubSeeder
{
    /// <summary>The generator seed of the seeded people (the same population the throughput benchmark indexes).</summary>
    public const int PopulationSeed = 1;

    private static readonly string[] Tables =
    [
        "golden_records",
        "source_records",
        "links",
        "golden_record_versions",
        "change_events",
    ];

    public static int Run(int people, string connectionString, TextWriter log)
    {
        using var dataSource = NpgsqlDataSource.Create(connectionString);
        using var connection = dataSource.OpenConnection();
        if (
            Scalar<bool>(
                connection,
                "SELECT EXISTS (SELECT 1 FROM golden_records UNION ALL SELECT 1 FROM source_records)"
            )
        )
        {
            log.WriteLine("The hub already holds golden or source records; seed an empty, migrated database.");
            return 1;
        }
        var folder = GeneratedPopulation.Folder(people, PopulationSeed, log);
        var clock = Stopwatch.StartNew();
        // Dated a day back: CandidateIndexHost.RebuildAsync replays the last minute's change events after a rebuild,
        // which would have the API apply every seeded event again while it is being measured.
        var goldens = SeedRows.Build(folder, DateTimeOffset.UtcNow.AddDays(-1));
        log.WriteLine(
            $"Built {goldens.Count:N0} golden records of {goldens.Sum(g => g.Members.Count):N0} source records "
                + $"in {clock.Elapsed.TotalSeconds:F1} s"
        );
        clock.Restart();
        using (var transaction = connection.BeginTransaction())
        {
            HubCopy.Write(connection, goldens);
            // Explicit ids were copied: move the identity sequences past them, as inserts would have.
            Scalar<long>(
                connection,
                "SELECT setval(pg_get_serial_sequence('source_records', 'id'), max(id)) FROM source_records"
            );
            Scalar<long>(
                connection,
                "SELECT setval(pg_get_serial_sequence('change_events', 'position'), max(position)) FROM change_events"
            );
            transaction.Commit();
        }
        var copied = clock.Elapsed;
        clock.Restart();
        // A hub that grew over time has planner statistics and a visibility map; a freshly copied one has neither.
        foreach (var table in Tables)
        {
            Execute(connection, $"VACUUM (ANALYZE) {table}");
        }
        log.WriteLine(
            $"Copied in {copied.TotalSeconds:F1} s (one transaction), vacuumed and analyzed in {clock.Elapsed.TotalSeconds:F1} s"
        );
        return 0;
    }

    private static T Scalar<T>(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return (T)command.ExecuteScalar()!;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}
