using Bunit;
using Mdm.Stewardship.Web.Components.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Mdm.Stewardship.Web.Tests.Infrastructure;

/// <summary>
/// bUnit for the golden-record pages: MudBlazor's popover and dialog providers are rendered first, as the layout does,
/// so a dialog opened by the page shows up in <see cref="Dialogs"/>. Every test starts from empty hub tables.
/// </summary>
public abstract class GoldenRecordPageTest(StewardUiFactory factory) : StewardComponentTest(factory), IAsyncLifetime
{
    Task IAsyncLifetime.InitializeAsync()
    {
        // A steward's action is a PostgreSQL transaction plus a reload of the page's queries: on a busy two-core machine
        // (test assemblies run side by side) that takes longer than bUnit's one-second default.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        return Factory.ResetAsync();
    }

    // MudBlazor's popover service only disposes asynchronously; xunit 2 would dispose the context synchronously.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private IRenderedComponent<MudDialogProvider>? _dialogs;

    protected IRenderedComponent<MudDialogProvider> Dialogs =>
        _dialogs ?? throw new InvalidOperationException("Render a page first.");

    /// <summary>The detail page of <paramref name="goldenId"/>, as <paramref name="role"/>.</summary>
    protected IRenderedComponent<GoldenRecordDetail> RenderDetail(Guid goldenId, string role, string? query = null)
    {
        SignInAs(role);
        if (query is not null)
        {
            Services.GetRequiredService<NavigationManager>().NavigateTo($"golden-records/{goldenId}?{query}");
        }
        RenderProviders();
        var page = Render<GoldenRecordDetail>(p => p.Add(d => d.Id, goldenId));
        page.WaitForAssertion(() => page.Find("h1"));
        return page;
    }

    protected void RenderProviders()
    {
        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
    }
}
