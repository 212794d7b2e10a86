using Mdm.Api.Auth;
using Mdm.Api.Endpoints;
using Mdm.Api.Infrastructure;
using Mdm.Core.Hosting;
using Mdm.Core.SourceRecords;
using Mdm.Sync;
using Scalar.AspNetCore;

namespace Mdm.Api;

/// <summary>What the API host is made of, in the order the pipeline needs it.</summary>
public static class MdmApiHosting
{
    public static WebApplicationBuilder AddMdmApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMdmCore(builder.Configuration);
        services.AddMediator(o =>
        {
            o.ServiceLifetime = ServiceLifetime.Singleton;
            o.Assemblies = [typeof(IngestSourceRecord)];
        });
        services.AddMdmProblemDetails();
        services.AddMdmApiKeyAuth();
        services.AddMdmRateLimiting(builder.Configuration);
        services.AddMdmHealthChecks();
        services.AddMdmSync(builder.Configuration);
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.DefaultIgnoreCondition = System
                .Text
                .Json
                .Serialization
                .JsonIgnoreCondition
                .WhenWritingNull
        );
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 16 * 1024 * 1024);
        return builder;
    }

    public static WebApplication UseMdmApiPipeline(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseMiddleware<BodySizeLimitMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }

    public static WebApplication MapMdmApiDocs(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference(
                "/docs",
                o => o.WithTitle("CustomerMdm API").WithOpenApiRoutePattern("/openapi/{documentName}.json")
            )
            .AllowAnonymous();
        return app;
    }
}
