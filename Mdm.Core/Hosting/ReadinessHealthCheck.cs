using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mdm.Core.Hosting;

/// <summary>Ready once migrations ran at start, the match index is loaded and the database answers now.</summary>
public sealed class ReadinessHealthCheck(MdmReadiness readiness, IDbContextFactory<MdmDbContext> dbFactory)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        if (!readiness.DatabaseReady)
        {
            return HealthCheckResult.Unhealthy("Database not migrated yet.");
        }
        if (!readiness.IndexReady)
        {
            return HealthCheckResult.Unhealthy("Match index not loaded yet.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Database unreachable.");
    }
}
