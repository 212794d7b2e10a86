using Mdm.Core.Hosting;
using Mdm.Core.Persistence;
using Mdm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mdm.Api.Tests;

/// <summary>The API and the steward UI both migrate at start, often at the same moment (scripts/run.sh).</summary>
public sealed class SchemaMigrationTests
{
    [Fact]
    public async Task HostsStartingTogether_WithMigrationsPending_AllMigrateWithoutError()
    {
        var connectionString = await (await PostgresServer.Instance).CreateDatabaseAsync();
        var providers = Enumerable
            .Range(0, 4)
            .Select(_ =>
            {
                var configuration = new ConfigurationBuilder()
                    .AddInMemoryCollection(
                        new Dictionary<string, string?> { ["ConnectionStrings:Mdm"] = connectionString }
                    )
                    .Build();
                return new ServiceCollection()
                    .AddLogging(l => l.ClearProviders())
                    .AddSingleton<IConfiguration>(configuration)
                    .AddMdmCore(configuration)
                    .BuildServiceProvider();
            })
            .ToList();

        // A hub upgraded from an older release: several migrations are pending when the hosts start.
        var factory = providers[0].GetRequiredService<IDbContextFactory<MdmDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261123150137_GoldenPins");
        }

        await Task.WhenAll(
            providers.Select(p => p.GetRequiredService<DatabaseInitializer>().StartAsync(CancellationToken.None))
        );

        Assert.All(providers, p => Assert.True(p.GetRequiredService<MdmReadiness>().DatabaseReady));
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }
    }
}
