using Bunit;
using Mdm.Core.Imports;
using Mdm.Core.Persistence;
using Mdm.Stewardship.Web.Accounts;
using Mdm.Stewardship.Web.Components.Pages;
using Mdm.Stewardship.Web.Tests.Infrastructure;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>The import pages over real imports run by the real import job.</summary>
public sealed class ImportPageTests(StewardUiFactory factory) : StewardComponentTest(factory)
{
    [Fact]
    public async Task Detail_OfAFinishedImport_ShowsCountsAndTheBadLineWithItsProblem()
    {
        await Factory.ResetAsync();
        var id = await ImportWorker.StartAsync(Factory, "pos", "people.csv", ImportWorker.CsvWithOneBadLine);
        await ImportWorker.RunAsync(Factory, id);
        SignInAs(StewardRoles.Viewer);

        var page = Render<ImportDetail>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() =>
            Assert.Equal(ImportStatus.Completed, page.Find("[data-testid=import-progress]").GetAttribute("data-status"))
        );
        var bad = page.Find("[data-testid=import-error-line]");
        Assert.Equal("4", bad.GetAttribute("data-line"));
        Assert.Contains("birthDate", bad.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("1985-13-45", bad.TextContent, StringComparison.Ordinal);
        Assert.Contains("created 2", page.Find("[data-testid=import-counts]").TextContent, StringComparison.Ordinal);
        Assert.Contains("failed 1", page.Find("[data-testid=import-counts]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=more-errors]"));
    }

    [Fact]
    public async Task Detail_WatchesAQueuedImportUntilItCompletes()
    {
        await Factory.ResetAsync();
        var id = await ImportWorker.StartAsync(Factory, "pos", "people.csv", ImportWorker.CsvWithOneBadLine);
        SignInAs(StewardRoles.Viewer);
        var page = Render<ImportDetail>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() =>
            Assert.Equal(ImportStatus.Queued, page.Find("[data-testid=import-progress]").GetAttribute("data-status"))
        );

        await ImportWorker.RunAsync(Factory, id);

        page.WaitForAssertion(
            () =>
                Assert.Equal(
                    ImportStatus.Completed,
                    page.Find("[data-testid=import-progress]").GetAttribute("data-status")
                ),
            TimeSpan.FromSeconds(10)
        );
    }

    [Fact]
    public async Task List_ShowsRecentImports_ButNoUploadFormForAViewer()
    {
        await Factory.ResetAsync();
        await ImportWorker.StartAsync(Factory, "crm", "crm-extract.jsonl", """{"sourceId":"C-1"}""");
        SignInAs(StewardRoles.Viewer);

        var page = Render<Imports>();

        page.WaitForAssertion(() =>
            Assert.Contains(
                "crm-extract.jsonl",
                page.Find("[data-testid=imports]").TextContent,
                StringComparison.Ordinal
            )
        );
        Assert.Empty(page.FindAll("[data-testid=import-start]"));
    }

    [Fact]
    public async Task List_ForASteward_OffersTheUploadForm()
    {
        await Factory.ResetAsync();
        SignInAs(StewardRoles.Steward);

        var page = Render<Imports>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=import-start]")));
        Assert.NotNull(page.Find("[data-testid=no-imports]"));
    }

    [Fact]
    public void UnknownImport_SaysThereIsNone()
    {
        SignInAs(StewardRoles.Viewer);

        var page = Render<ImportDetail>(p => p.Add(x => x.Id, Guid.NewGuid()));

        page.WaitForAssertion(() => Assert.Contains("no import with this id", page.Markup, StringComparison.Ordinal));
    }
}
