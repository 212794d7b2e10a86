using System.Globalization;
using System.Threading.RateLimiting;
using Mdm.Api.Auth;
using Microsoft.AspNetCore.RateLimiting;

namespace Mdm.Api.Infrastructure;

/// <summary>Per-key token buckets: a key's own <c>requestsPerMinute</c>, else <c>RateLimiting:DefaultRequestsPerMinute</c>.</summary>
public static class RateLimitingSetup
{
    public static IServiceCollection AddMdmRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var defaultPerMinute = configuration.GetValue("RateLimiting:DefaultRequestsPerMinute", 12_000);
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var caller = Caller.From(context.User);
                if (caller is null)
                {
                    return RateLimitPartition.GetNoLimiter("anonymous");
                }
                var perMinute = Math.Max(1, caller.RequestsPerMinute ?? defaultPerMinute);
                return RateLimitPartition.GetTokenBucketLimiter($"{caller.KeyId}:{perMinute}", _ => Bucket(perMinute));
            });
            o.OnRejected = OnRejected;
        });
        return services;
    }

    private static TokenBucketRateLimiterOptions Bucket(int perMinute) =>
        new()
        {
            TokenLimit = perMinute,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        };

    private static async ValueTask OnRejected(OnRejectedContext context, CancellationToken ct)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http
            .RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(
                new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This API key's rate limit is used up; retry after {seconds} s.",
                    },
                }
            );
    }
}
