using Bunit;
using Mdm.Stewardship.Web.Accounts;
using Mdm.Stewardship.Web.Reviews;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Mdm.Stewardship.Web.Tests.Infrastructure;

/// <summary>
/// bUnit over the real use cases: the component's services (mediator, DbContext factory, survivorship…) come from a
/// running steward UI host on a real PostgreSQL; MudBlazor's services are bUnit's own, with loose JS interop.
/// </summary>
public abstract class StewardComponentTest : BunitContext, IClassFixture<StewardUiFactory>, IAsyncLifetime
{
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services are only asynchronously disposable: xunit must end the context asynchronously.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected StewardComponentTest(StewardUiFactory factory)
    {
        Factory = factory;
        // A render that waits on PostgreSQL can take more than bUnit's one-second default when the test assemblies run
        // side by side on a two-core machine; a wait ends as soon as its assertion passes.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddScoped(_ => new ReviewNavigator(factory.Mediator));
        Services.AddScoped(sp => new StewardGate(
            sp.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>(),
            factory.Services.GetRequiredService<StewardAccounts>()
        ));
        Services.AddFallbackServiceProvider(new HostSingletons(factory.Services));
    }

    protected StewardUiFactory Factory { get; }

    /// <summary>Signs in a principal <c>{role}@stewards.test</c> (a real account) holding the role and its policies.</summary>
    protected void SignInAs(string role)
    {
        // The account exists too: handlers check the stored account, not only the principal.
        Factory.AccountAsync(role).GetAwaiter().GetResult();
        var auth = AddAuthorization();
        auth.SetAuthorized($"{role}@stewards.test");
        auth.SetRoles(role);
        var policies = role switch
        {
            StewardRoles.Admin => new[] { StewardRoles.CanDecide, StewardRoles.CanAdminister },
            StewardRoles.Steward => [StewardRoles.CanDecide],
            _ => [],
        };
        auth.SetPolicies(policies);
    }
}

/// <summary>
/// The host's singletons (mediator, DbContext factory, options, time…) but none of its scoped services: those belong
/// to a request or circuit, and bUnit supplies its own (renderer, navigation, authorization).
/// </summary>
internal sealed class HostSingletons(IServiceProvider host) : IServiceProvider
{
    public object? GetService(Type serviceType)
    {
        try
        {
            return host.GetService(serviceType);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
