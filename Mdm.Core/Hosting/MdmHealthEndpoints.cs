using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Core.Hosting;

/// <summary>Contract §1 health endpoints, shared by both web hosts: no key needed.</summary>
public static class MdmHealthEndpoints
{
    public static IServiceCollection AddMdmHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ReadinessHealthCheck>("database");
        return services;
    }

    public static IEndpointRouteBuilder MapMdmHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready").AllowAnonymous();
        return app;
    }
}
