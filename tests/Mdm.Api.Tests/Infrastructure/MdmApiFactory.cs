using System.Net.Http.Headers;
using Mdm.Core.Hosting;
using Mdm.Core.Matching;
using Mdm.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mdm.Api.Tests.Infrastructure;

/// <summary>
/// The real API on Kestrel (real HTTP on a loopback port) over its own real PostgreSQL database.
/// Shared by the tests of one class; <see cref="ResetAsync"/> empties the database before each test.
/// </summary>
public class MdmApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string AdminKey { get; } = "test-admin-" + Guid.NewGuid().ToString("N");
    public string ConnectionString { get; private set; } = "";

    /// <summary>Extra settings a test class needs (set before the first client is made).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        var postgres = await PostgresServer.Instance;
        ConnectionString = await postgres.CreateDatabaseAsync();
        UseKestrel(0);
        StartServer();
    }

    /// <summary>Settings of a test class's own host, fixed before it starts (a subclass per configuration).</summary>
    protected virtual IReadOnlyDictionary<string, string?> HostSettings { get; } = new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Tests that want webhooks sent start a host of their own with it on; the others keep their tables to themselves.
        builder.UseSetting("Webhooks:RunDispatcher", "false");
        foreach (var (key, value) in HostSettings)
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("ConnectionStrings:Mdm", ConnectionString);
        builder.UseSetting("MDM_ADMIN_API_KEY", AdminKey);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient Client(string? apiKey = null)
    {
        var client = CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public HttpClient AdminClient() => Client(AdminKey);

    /// <summary>Empties every table but the built-in source systems, restores the bootstrap admin key, rebuilds the index.</summary>
    public async Task ResetAsync()
    {
        // Every hub table, whatever later migrations add (a forgotten one would leak rows between tests).
        await HubTables.EmptyAsync(ConnectionString);
        await Services
            .GetRequiredService<DatabaseInitializer>()
            .EnsureBootstrapKeyAsync(AdminKey, CancellationToken.None);
        // The emptied database restarts its change feed at 1: the index follows it from scratch too.
        await Services.GetRequiredService<CandidateIndexHost>().RebuildAsync(CancellationToken.None);
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
