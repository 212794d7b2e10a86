using System.Text;
using Bunit;
using Mdm.Core;
using Mdm.Core.Persistence;
using Mdm.Core.Reconciliation;
using Mdm.Stewardship.Web.Accounts;
using Mdm.Stewardship.Web.Components.Pages;
using Mdm.Stewardship.Web.Tests.Infrastructure;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>The reconciliation pages over a real run performed by the real import job.</summary>
public sealed class ReconciliationPageTests(StewardUiFactory factory) : StewardComponentTest(factory)
{
    private const string Hub = """
        sourceId,given,family,email
        CRM-A,Maria,Delgado,maria.delgado@example.com
        CRM-B,Tom,Okafor,tom.okafor@example.com
        CRM-C,Ines,Berg,ines.berg@example.com
        """;

    // CRM-A as the hub has it, CRM-N new; CRM-B and CRM-C missing.
    private const string Extract = """
        sourceId,given,family,email
        CRM-A,Maria,Delgado,maria.delgado@example.com
        CRM-N,Nadia,Haddad,nadia.haddad@example.com
        """;

    private async Task<Guid> ReconcileAsync()
    {
        await Factory.ResetAsync();
        await ImportWorker.RunAsync(Factory, await ImportWorker.StartAsync(Factory, "crm", "hub.csv", Hub));
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Extract));
        var started = await Factory.Mediator.Send(
            new StartReconciliation("crm", "crm-full.csv", stream, new Actor("steward:steward@stewards.test"))
        );
        return started.ImportId!.Value;
    }

    [Fact]
    public async Task Detail_OfAFinishedRun_ShowsCountsAndEveryItemWithItsOutcome()
    {
        var id = await ReconcileAsync();
        await ImportWorker.RunAsync(Factory, id);
        SignInAs(StewardRoles.Viewer);

        var page = Render<ReconciliationDetail>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() =>
            Assert.Equal(ImportStatus.Completed, page.Find("[data-testid=import-progress]").GetAttribute("data-status"))
        );
        Assert.Contains("matched 1", page.Find("[data-testid=count-matched]").TextContent, StringComparison.Ordinal);
        Assert.Contains(
            "in source only 1",
            page.Find("[data-testid=count-inSourceOnly]").TextContent,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "in hub only 2",
            page.Find("[data-testid=count-inMdmOnly]").TextContent,
            StringComparison.Ordinal
        );
        var outcomes = page.FindAll("[data-testid=reconciliation-item]").Select(r => r.GetAttribute("data-outcome"));
        Assert.Equal(
            [
                ReconciliationOutcome.Matched,
                ReconciliationOutcome.InSourceOnly,
                ReconciliationOutcome.InMdmOnly,
                ReconciliationOutcome.InMdmOnly,
            ],
            outcomes
        );
        Assert.Contains("CRM-B", page.Find("[data-testid=reconciliation-items]").TextContent, StringComparison.Ordinal);
        Assert.Contains("only reported", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_WatchesAQueuedRunUntilItCompletes()
    {
        var id = await ReconcileAsync();
        SignInAs(StewardRoles.Viewer);
        var page = Render<ReconciliationDetail>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() =>
            Assert.Equal(ImportStatus.Queued, page.Find("[data-testid=import-progress]").GetAttribute("data-status"))
        );

        await ImportWorker.RunAsync(Factory, id);

        page.WaitForAssertion(
            () =>
                Assert.Contains(
                    "in hub only 2",
                    page.Find("[data-testid=count-inMdmOnly]").TextContent,
                    StringComparison.Ordinal
                ),
            TimeSpan.FromSeconds(10)
        );
        Assert.Equal(4, page.FindAll("[data-testid=reconciliation-item]").Count);
    }

    [Fact]
    public async Task List_ShowsRunsAndOffersAStewardTheUpload_ButNotAmongImports()
    {
        await ReconcileAsync();
        SignInAs(StewardRoles.Steward);

        var page = Render<Reconciliation>();
        var imports = Render<Imports>();

        page.WaitForAssertion(() =>
            Assert.Contains(
                "crm-full.csv",
                page.Find("[data-testid=reconciliation-runs]").TextContent,
                StringComparison.Ordinal
            )
        );
        Assert.Contains(
            "Start reconciliation",
            page.Find("[data-testid=import-start]").TextContent,
            StringComparison.Ordinal
        );
        imports.WaitForAssertion(() =>
            Assert.Contains("hub.csv", imports.Find("[data-testid=imports]").TextContent, StringComparison.Ordinal)
        );
        Assert.DoesNotContain("crm-full.csv", imports.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownRun_SaysThereIsNone()
    {
        SignInAs(StewardRoles.Viewer);

        var page = Render<ReconciliationDetail>(p => p.Add(x => x.Id, Guid.NewGuid()));

        page.WaitForAssertion(() =>
            Assert.Contains("no reconciliation run with this id", page.Markup, StringComparison.Ordinal)
        );
    }
}
