using Mdm.Core.Hosting;
using Mdm.Core.Overview;
using MudBlazor.Services;

namespace Mdm.Stewardship.Web;

/// <summary>The steward UI host: Blazor Server with MudBlazor over the Core use cases (not the HTTP API).</summary>
public static class StewardshipHosting
{
    public static WebApplicationBuilder AddMdmStewardship(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMdmCore(builder.Configuration);
        services.AddMediator(o =>
        {
            o.ServiceLifetime = ServiceLifetime.Singleton;
            o.Assemblies = [typeof(GetHubOverview)];
        });
        services.AddMdmHealthChecks();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return builder;
    }

    public static WebApplication UseMdmStewardshipPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseStatusCodePages();
        app.UseAntiforgery();
        app.MapStaticAssets();
        return app;
    }
}
