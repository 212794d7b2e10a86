using System.Text.Json;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>A steward pins a golden value (a source record's or a typed one) and unpins it from the detail page.</summary>
public sealed class GoldenRecordPinTests(StewardUiFactory factory) : GoldenRecordPageTest(factory)
{
    private const string Steward = "steward:steward@stewards.test";

    /// <summary>Ana from the CRM and "Anna" from the web shop (sent later, so her name wins): one golden record.</summary>
    private async Task<Guid> AnaAsync()
    {
        var birth = new { birthDate = "1980-05-17" };
        var crm = await Factory.IngestPersonAsync("crm", "CRM-1", "Ana", "Lopez", "ana@example.com", extra: birth);
        var web = await Factory.IngestPersonAsync(
            "ecommerce",
            "WEB-7",
            "Anna",
            "Lopez",
            "ana@example.com",
            extra: birth
        );
        Assert.Equal(crm.GoldenId, web.GoldenId);
        return crm.GoldenId;
    }

    private void OpenPinDialog(IRenderedComponent<GoldenRecordDetail> page, string label, string choice)
    {
        page.Find($"button[aria-label='Pin {label}']").Click();
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid=confirm-pin]"));
        Dialogs
            .FindAll("label.mud-radio")
            .Single(l => l.TextContent.Contains(choice, StringComparison.Ordinal))
            .QuerySelector("input")!
            .Click();
    }

    private async Task<(Guid GoldenId, IRenderedComponent<GoldenRecordDetail> Page)> PinTypedBirthDateAsync(
        string typed
    )
    {
        var goldenId = await AnaAsync();
        var page = RenderDetail(goldenId, StewardRoles.Steward);
        OpenPinDialog(page, "Birth date", "Another value");
        Dialogs.WaitForElement("#pin-value").Input(typed); // the radio choice renders the field
        Dialogs.Find("[data-testid=confirm-pin]").Click();
        return (goldenId, page);
    }

    private async Task<GoldenRecordView> GoldenAsync(Guid id) =>
        (await Factory.Mediator.Send(new GetGoldenRecord(id)))!;

    [Fact]
    public async Task Pin_ATypedBirthDate_ChangesTheGoldenValueAndShowsItPinned()
    {
        var (goldenId, page) = await PinTypedBirthDateAsync("1979-12-31");

        page.WaitForAssertion(() =>
            Assert.Equal("Pinned Birth date.", page.Find("[data-testid=golden-change]").TextContent.Trim())
        );
        var row = page.Find("tr[data-attribute=birthDate]");
        Assert.Contains("1979-12-31", row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"steward/{Steward}", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector("[data-testid=pinned]"));
        var golden = await GoldenAsync(goldenId);
        Assert.Equal(new DateOnly(1979, 12, 31), golden.BirthDate);
        Assert.Equal(new Lineage("steward", Steward, Survivorship.StewardPin), golden.Lineage["birthDate"]);
    }

    [Fact]
    public async Task Pin_ASourceRecordsName_MakesItTheGoldenName()
    {
        var goldenId = await AnaAsync();
        var page = RenderDetail(goldenId, StewardRoles.Steward);
        Assert.Equal("Anna Lopez", page.Find("h1").TextContent);

        OpenPinDialog(page, "Name", "Ana Lopez");
        Dialogs.Find("[data-testid=confirm-pin]").Click();

        page.WaitForAssertion(() => Assert.Equal("Ana Lopez", page.Find("h1").TextContent));
        Assert.NotNull(page.Find("tr[data-attribute=name]").QuerySelector("[data-testid=pinned]"));
        Assert.Equal("Ana", (await GoldenAsync(goldenId)).Name?.Given);
    }

    [Fact]
    public async Task Pin_ATypedName_TakesItsGivenAndFamilyParts()
    {
        var goldenId = await AnaAsync();
        var page = RenderDetail(goldenId, StewardRoles.Admin);

        OpenPinDialog(page, "Name", "Another value");
        Dialogs.Find("#pin-given").Input("Ana María");
        Dialogs.Find("#pin-family").Input("López Ruiz");
        Dialogs.Find("[data-testid=confirm-pin]").Click();

        page.WaitForAssertion(() => Assert.Equal("Ana María López Ruiz", page.Find("h1").TextContent));
        var name = (await GoldenAsync(goldenId)).Name!;
        Assert.Equal(("Ana María", "López Ruiz"), (name.Given, name.Family));
    }

    [Fact]
    public async Task Pin_AnInvalidTypedValue_ShowsTheErrorNextToTheFieldAndChangesNothing()
    {
        var (goldenId, page) = await PinTypedBirthDateAsync("17/05/1980");

        Dialogs.WaitForAssertion(() =>
            Assert.Contains("birthDate", Dialogs.Find(".mud-input-error").TextContent, StringComparison.Ordinal)
        );
        Assert.Empty(page.FindAll("[data-testid=golden-change]"));
        Assert.Equal(new DateOnly(1980, 5, 17), (await GoldenAsync(goldenId)).BirthDate);
    }

    [Fact]
    public async Task Unpin_APinnedValue_GivesItBackToTheSurvivorshipRule()
    {
        var goldenId = await AnaAsync();
        using var pinned = JsonDocument.Parse("\"1979-12-31\"");
        await Factory.Mediator.Send(new PinGoldenValue(goldenId, "birthDate", pinned.RootElement, new Actor(Steward)));
        var page = RenderDetail(goldenId, StewardRoles.Steward);
        Assert.NotNull(page.Find("tr[data-attribute=birthDate]").QuerySelector("[data-testid=pinned]"));

        page.Find("button[aria-label='Unpin Birth date']").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=pinned]")));
        Assert.Contains("1980-05-17", page.Find("tr[data-attribute=birthDate]").TextContent, StringComparison.Ordinal);
        Assert.Equal(Survivorship.MostRecent, (await GoldenAsync(goldenId)).Lineage["birthDate"].Rule);
    }
}
