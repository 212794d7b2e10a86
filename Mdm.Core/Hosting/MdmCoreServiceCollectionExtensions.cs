using Mdm.Core.GoldenRecords;
using Mdm.Core.Imports;
using Mdm.Core.Imports.Csv;
using Mdm.Core.Matching;
using Mdm.Core.Persistence;
using Mdm.Core.Reconciliation;
using Mdm.Core.SourceRecords;
using Mdm.Core.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mdm.Core.Hosting;

public static class MdmCoreServiceCollectionExtensions
{
    /// <summary>PostgreSQL persistence, the matcher and the start-up migration. Handlers come from the host's <c>AddMediator</c>.</summary>
    public static IServiceCollection AddMdmCore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString =
            configuration.GetConnectionString("Mdm")
            ?? throw new InvalidOperationException("ConnectionStrings__Mdm is not set.");
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddDbContextFactory<MdmDbContext>(
            (sp, builder) => MdmDbContextOptions.Configure(builder, sp.GetRequiredService<NpgsqlDataSource>())
        );
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SourceRecordValidator>();
        services.AddSingleton<MdmReadiness>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer>());
        services.AddMdmMatching(configuration);
        services.AddMdmSurvivorship(configuration);
        services.AddSingleton<GoldenRecordWriter>();
        services
            .AddOptions<ImportOptions>()
            .Bind(configuration.GetSection("Imports"))
            .Validate(
                o => o.BatchSize >= 1 && o.Concurrency >= 1,
                "Imports: BatchSize and Concurrency must be positive."
            );
        // Loading the embedded CSV aliases here stops a host with a broken file at start.
        services.AddSingleton(CsvColumnAliases.Embedded);
        services.Configure<ReconciliationOptions>(configuration.GetSection("Reconciliation"));
        services.Configure<WebhookOptions>(configuration.GetSection("Webhooks"));
        services.AddSingleton<WebhookUrlPolicy>();
        return services;
    }
}
