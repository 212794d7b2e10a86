using Mdm.Core.Hosting;
using Mdm.Core.Overview;
using Mdm.Stewardship.Web.Accounts;
using Mdm.Stewardship.Web.Reviews;
using MudBlazor.Services;

namespace Mdm.Stewardship.Web;

/// <summary>The steward UI host: Blazor Server with MudBlazor over the Core use cases (not the HTTP API).</summary>
public static class StewardshipHosting
{
    public static WebApplicationBuilder AddMdmStewardship(this WebApplicationBuilder builder)
    {
        // Package assets (_content/MudBlazor, blazor.web.js) from the build output in every environment, not only in
        // Development: scripts/run.sh runs the built app in Production.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddMdmCore(builder.Configuration);
        services.AddStewardshipUseCases();
        services.AddMdmHealthChecks();
        services.AddMdmStewardAccounts();
        services.AddMdmJobDashboard(builder.Configuration);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddScoped<ReviewNavigator>();
        return builder;
    }

    /// <summary>The Core use cases the pages send through the mediator (also what component tests borrow).</summary>
    public static IServiceCollection AddStewardshipUseCases(this IServiceCollection services) =>
        services.AddMediator(o =>
        {
            o.ServiceLifetime = ServiceLifetime.Singleton;
            o.Assemblies = [typeof(GetHubOverview)];
        });

    public static WebApplication UseMdmStewardshipPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        return app;
    }
}
