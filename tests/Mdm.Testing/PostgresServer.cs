using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mdm.Testing;

/// <summary>
/// One real PostgreSQL 15 cluster per test run, started by the project's own scripts/pg.sh in a temp folder.
/// A migrated template database is made once; every test host gets a fresh copy of it.
/// </summary>
public sealed class PostgresServer
{
    private const string TemplateName = "mdm_template";
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);
    private readonly string _baseConnectionString;

    private PostgresServer(string baseConnectionString) => _baseConnectionString = baseConnectionString;

    public static Task<PostgresServer> Instance => Shared.Value;

    public async Task<string> CreateDatabaseAsync()
    {
        var name = "mdm_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var admin = new NpgsqlConnection(ConnectionString("postgres"));
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {TemplateName}", admin);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(_baseConnectionString) { Database = database }.ConnectionString;

    private static async Task<PostgresServer> StartAsync()
    {
        RemoveStoppedClusters();
        var dataDir = Path.Combine(Path.GetTempPath(), "mdm-test-pg-" + Guid.NewGuid().ToString("N")[..8]);
        var port = FreePort();
        var connectionString = Run(RepoPaths.Script("pg.sh"), $"start {dataDir} {port} --fast").Trim();
        // Throwaway: stop it fast and leave no cluster behind in the temp folder.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(RepoPaths.Script("pg.sh"), $"stop {dataDir} --remove");
        var server = new PostgresServer(connectionString);
        await server.CreateTemplateAsync();
        return server;
    }

    private async Task CreateTemplateAsync()
    {
        await using (var admin = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {TemplateName}", admin);
            await create.ExecuteNonQueryAsync();
        }
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString(TemplateName));
        var options = new DbContextOptionsBuilder<MdmDbContext>();
        MdmDbContextOptions.Configure(options, dataSource);
        await using var db = new MdmDbContext(options.Options);
        await db.Database.MigrateAsync();
        NpgsqlConnection.ClearAllPools();
    }

    // A test host killed before its exit handler ran leaves a stopped cluster behind; a later run sweeps it (not one
    // another run is creating right now: only clusters untouched for ten minutes).
    private static void RemoveStoppedClusters()
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), "mdm-test-pg-*"))
        {
            var stale = Directory.GetLastWriteTimeUtc(dir) < DateTime.UtcNow.AddMinutes(-10);
            if (stale && !File.Exists(Path.Combine(dir, "postmaster.pid")))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Run(string script, string arguments)
    {
        using var process = Process.Start(
            new ProcessStartInfo("bash", $"{script} {arguments}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }
        )!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"{script} {arguments} failed ({process.ExitCode}): {error}");
    }
}
