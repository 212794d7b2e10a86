using Hangfire;
using Hangfire.PostgreSql;
using Mdm.Core.Reconciliation;
using Mdm.Sync.Imports;
using Mdm.Sync.Maintenance;
using Mdm.Sync.Reconciliation;
using Mdm.Sync.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Mdm.Sync;

public static class SyncHosting
{
    public const string SchemaName = "hangfire";

    /// <summary>Hangfire on the hub's PostgreSQL (schema <c>hangfire</c>), its workers, and the recurring jobs.</summary>
    public static IServiceCollection AddMdmSync(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString =
            configuration.GetConnectionString("Mdm")
            ?? throw new InvalidOperationException("ConnectionStrings__Mdm is not set.");
        var section = configuration.GetSection("Sync");
        services.Configure<SyncOptions>(section);
        var options = section.Get<SyncOptions>() ?? new SyncOptions();
        services.AddHangfire(c =>
            c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(connectionString),
                    new PostgreSqlStorageOptions
                    {
                        SchemaName = SchemaName,
                        PrepareSchemaIfNecessary = true,
                        QueuePollInterval = options.QueuePollInterval,
                    }
                )
        );
        services.AddTransient<PurgeIdempotencyEntriesJob>();
        services.AddTransient<ImportJob>();
        services.AddTransient<ImportRunner>();
        services.AddTransient<ReconciliationDropFolderJob>();
        services.AddMdmWebhookSender();
        services
            .AddOptions<WebhookDispatchOptions>()
            .Bind(configuration.GetSection("Webhooks"))
            .Validate(
                o => o.Lanes >= 1 && o.Concurrency >= o.Lanes && o.DeliveryBatch >= o.Lanes && o.FanOutBatch >= 1,
                "Webhooks: Lanes, Concurrency, DeliveryBatch and FanOutBatch must be positive, with at least one "
                    + "delivery and one concurrent send per lane."
            )
            .ValidateOnStart();
        services.AddSingleton<WebhookAttempts>();
        if (options.RunWorkers)
        {
            services.AddHangfireServer(o => o.WorkerCount = options.WorkerCount);
            services.AddHostedService<RecurringJobRegistration>();
            services.AddHostedService<ImportDispatcher>();
            if (configuration.GetValue("Webhooks:RunDispatcher", true))
            {
                services.AddHostedService<WebhookDispatcher>();
            }
        }
        return services;
    }
}

/// <summary>Declares the recurring jobs once the host starts (idempotent: Hangfire upserts by id).</summary>
internal sealed class RecurringJobRegistration(
    IRecurringJobManager jobs,
    IOptions<ReconciliationOptions> reconciliation
) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<PurgeIdempotencyEntriesJob>(
            PurgeIdempotencyEntriesJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            Cron.Hourly()
        );
        jobs.AddOrUpdate<ReconciliationDropFolderJob>(
            ReconciliationDropFolderJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            reconciliation.Value.Cron
        );
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
