using Mdm.Core.GoldenRecords;
using Mdm.Core.MatchReviews;
using Mdm.Core.Persistence;
using Mdm.Stewardship.Web.Accounts;
using Mdm.Stewardship.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>Steward journeys end to end in a real browser (Debian's Chromium) against the real UI and PostgreSQL.</summary>
public sealed class StewardJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private StewardUiFactory Ui => browser.Ui;

    [Fact]
    public async Task Steward_MergesAPairFromTheQueue_GoldenRecordChangesAndReviewLeavesTheQueue()
    {
        await Ui.ResetAsync();
        var pair = await HubData.ReviewPairAsync(Ui, 0);
        var other = await HubData.ReviewPairAsync(Ui, 1);
        var page = await browser.SignedInPageAsync(await Ui.AccountAsync(StewardRoles.Steward));

        await page.GetByRole(AriaRole.Link, new() { Name = "Review queue" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-total")).ToHaveTextAsync("2 open match reviews");
        await page.Locator($"a[href='reviews/{pair.ReviewId}']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("comparison")).ToContainTextAsync("Rosa Lopez");
        await page.GetByTestId("merge").ClickAsync();
        await Assertions.Expect(page.GetByTestId("decision-message")).ToContainTextAsync("Merged: golden record");

        await page.Locator($"a[href='golden-records/{pair.OlderGoldenId}']").First.ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-source='crm/CRM-0']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr[data-source='ecommerce/WEB-0']")).ToBeVisibleAsync();
        var survivor = await Ui.Mediator.Send(new GetGoldenRecord(pair.OlderGoldenId));
        Assert.Equal(
            ["crm/CRM-0", "ecommerce/WEB-0"],
            survivor!.Sources.Select(x => $"{x.SourceSystem}/{x.SourceId}").Order()
        );
        await page.GotoAsync("/reviews");
        await Assertions.Expect(page.GetByTestId("review-total")).ToHaveTextAsync("1 open match reviews");
        await Assertions.Expect(page.Locator($"a[href='reviews/{other.ReviewId}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"a[href='reviews/{pair.ReviewId}']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Steward_DecidesNotAMatchByKeyboard_AndItStaysDecided()
    {
        await Ui.ResetAsync();
        var pair = await HubData.ReviewPairAsync(Ui, 2);
        var page = await browser.SignedInPageAsync(await Ui.AccountAsync(StewardRoles.Steward));

        await page.GotoAsync($"/reviews/{pair.ReviewId}");
        await Assertions.Expect(page.GetByTestId("merge")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.GetByTestId("decision-message")).ToContainTextAsync("Marked not a match");

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("review-status")).ToContainTextAsync("not-a-match");
        await Assertions.Expect(page.GetByTestId("merge")).ToHaveCountAsync(0);
        var stored = await Ui.Mediator.Send(new GetMatchReviewComparison(pair.ReviewId));
        Assert.Equal(MatchReviewStatus.NotAMatch, stored!.Review.Status);
    }

    [Fact]
    public async Task Viewer_SeesTheQueueAndTheComparison_ButNoDecisionButtons()
    {
        await Ui.ResetAsync();
        var pair = await HubData.ReviewPairAsync(Ui, 3);
        var page = await browser.SignedInPageAsync(await Ui.AccountAsync(StewardRoles.Viewer));

        await page.GotoAsync("/reviews");
        await Assertions.Expect(page.GetByTestId("review-total")).ToHaveTextAsync("1 open match reviews");
        await Assertions.Expect(page.GetByTestId("assign-to-me")).ToHaveCountAsync(0);
        await page.GotoAsync($"/reviews/{pair.ReviewId}");
        await Assertions.Expect(page.GetByTestId("comparison")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("read-only")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("merge")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("not-a-match")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Steward_UploadsACsv_WatchesItCompleteAndSeesTheBadLine()
    {
        await Ui.ResetAsync();
        var page = await browser.SignedInPageAsync(await Ui.AccountAsync(StewardRoles.Steward));

        await page.GetByRole(AriaRole.Link, new() { Name = "Imports" }).ClickAsync();
        await page.GetByTestId("import-system").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "pos" }).ClickAsync();
        await page.Locator("#import-file")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "people.csv",
                    MimeType = "text/csv",
                    Buffer = System.Text.Encoding.UTF8.GetBytes(ImportWorker.CsvWithOneBadLine),
                }
            );
        await page.GetByTestId("import-start").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/imports/", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("import-progress")).ToHaveAttributeAsync("data-status", "queued");

        var importId = Guid.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
        await ImportWorker.RunAsync(Ui, importId);

        await Assertions.Expect(page.GetByTestId("import-progress")).ToHaveAttributeAsync("data-status", "completed");
        await Assertions.Expect(page.GetByTestId("import-counts")).ToContainTextAsync("created 2");
        await Assertions
            .Expect(page.Locator("[data-testid=import-error-line][data-line='4']"))
            .ToContainTextAsync("birthDate");
    }
}
