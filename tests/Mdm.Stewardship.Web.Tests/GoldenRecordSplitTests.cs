using Mdm.Core.Persistence;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>A steward splits source records off a golden record from its detail page.</summary>
public sealed class GoldenRecordSplitTests(StewardUiFactory factory) : GoldenRecordPageTest(factory)
{
    /// <summary>Maria from the CRM, the web shop and <paramref name="more"/> systems: one golden record, its page as a
    /// steward with the split dialog open.</summary>
    private async Task<(Guid GoldenId, IRenderedComponent<GoldenRecordDetail> Page)> OpenSplitDialogAsync(
        params string[] more
    )
    {
        var crm = await Factory.IngestPersonAsync("crm", "CRM-1", "Maria", "Delgado", "maria@example.com");
        foreach (var source in new[] { "ecommerce/WEB-7" }.Concat(more).Select(s => s.Split('/')))
        {
            var other = await Factory.IngestPersonAsync(source[0], source[1], "Maria", "Delgado", "maria@example.com");
            Assert.Equal(crm.GoldenId, other.GoldenId);
        }
        var page = RenderDetail(crm.GoldenId, StewardRoles.Steward);
        page.Find("[data-testid=split]").Click();
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid=confirm-split]"));
        return (crm.GoldenId, page);
    }

    private void Choose(string source) => Dialogs.Find($"input[data-source='{source}']").Change(true);

    [Fact]
    public async Task Split_OneChosenSourceRecord_MovesItToANewGoldenRecordAndSaysSo()
    {
        var (goldenId, page) = await OpenSplitDialogAsync();

        Choose("ecommerce/WEB-7");
        Dialogs.Find("[data-testid=confirm-split]").Click();

        page.WaitForAssertion(() =>
            Assert.Contains("Split", page.Find("[data-testid=golden-change]").TextContent, StringComparison.Ordinal)
        );
        var moved = await Factory.Mediator.Send(new GetGoldenRecordBySource("ecommerce", "WEB-7"));
        var kept = await Factory.Mediator.Send(new GetGoldenRecordBySource("crm", "CRM-1"));
        Assert.Equal(goldenId, kept!.Id);
        Assert.NotEqual(goldenId, moved!.Id);
        Assert.Equal($"golden-records/{moved.Id}", page.Find("[data-testid=new-golden]").GetAttribute("href"));
        Assert.Equal(["crm/CRM-1"], page.FindAll("tr[data-source]").Select(r => r.GetAttribute("data-source")));
        var link = Assert.Single(await Factory.Mediator.Send(new ListGoldenSources(moved.Id)));
        Assert.Equal((LinkClass.Steward, "steward:steward@stewards.test"), (link.LinkClass, link.LinkedBy));
    }

    [Fact]
    public async Task Split_EverySourceRecordChosen_CannotBeConfirmed()
    {
        var (goldenId, page) = await OpenSplitDialogAsync();

        Choose("crm/CRM-1");
        Choose("ecommerce/WEB-7");

        Dialogs.WaitForAssertion(() =>
            Assert.True(Dialogs.Find("[data-testid=confirm-split]").HasAttribute("disabled"))
        );
        Assert.Contains("Leave at least one source record behind.", Dialogs.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Split_SourceRecordMovedMeanwhile_ExplainsAndKeepsTheDialogOpen()
    {
        var (goldenId, page) = await OpenSplitDialogAsync("pos/P-3");
        Choose("ecommerce/WEB-7");
        await Factory.Mediator.Send(
            new SplitGoldenRecord(goldenId, [new SourceRef("ecommerce", "WEB-7")], new Actor("steward:other"))
        );

        Dialogs.Find("[data-testid=confirm-split]").Click();

        Dialogs.WaitForAssertion(() =>
            Assert.Contains(
                "no longer linked to this golden record: ecommerce/WEB-7",
                Dialogs.Find("[role=alert]").TextContent,
                StringComparison.Ordinal
            )
        );
        Assert.Empty(page.FindAll("[data-testid=golden-change]"));
    }
}
