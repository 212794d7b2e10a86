using Mdm.Api.Infrastructure;

namespace Mdm.Api.Endpoints;

/// <summary>Contract §1: liveness and readiness, no key needed.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready").AllowAnonymous();
        return app;
    }

    public static IServiceCollection AddMdmHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyHealthCheck>("database");
        return services;
    }
}
