using System.Net;
using Hangfire;
using Hangfire.Storage;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Sync.Maintenance;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Api.Tests;

public sealed class MaintenanceJobTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public void PurgeJob_IsRegisteredAsRecurringInHangfirePostgresStorage()
    {
        using var connection = Factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var jobs = connection.GetRecurringJobs();

        Assert.Contains(jobs, j => j.Id == PurgeIdempotencyEntriesJob.RecurringJobId && j.Cron == Cron.Hourly());
    }

    [Fact]
    public async Task PurgeJob_ForgetsOnlyEntriesPastRetention()
    {
        foreach (var key in new[] { "old", "new" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/source-records/batch")
            {
                Content = ApiCalls.Json(
                    new { records = new[] { new { sourceSystem = "pos", sourceId = $"P-{key}" } } }
                ),
            };
            request.Headers.Add("Idempotency-Key", key);
            await (await Admin.SendAsync(request)).Expect(HttpStatusCode.OK);
        }
        await Factory.CountAsync(
            "UPDATE idempotency_entries SET created_at = now() - interval '25 hours' WHERE key = 'old' RETURNING 1"
        );

        await Factory.Services.GetRequiredService<PurgeIdempotencyEntriesJob>().RunAsync(CancellationToken.None);

        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM idempotency_entries WHERE key = 'old'"));
        Assert.Equal(1, await Factory.CountAsync("SELECT count(*) FROM idempotency_entries WHERE key = 'new'"));
    }
}
