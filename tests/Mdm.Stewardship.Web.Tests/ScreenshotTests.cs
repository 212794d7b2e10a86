using System.Text.Json;
using Mdm.Core;
using Mdm.Core.MatchReviews;
using Mdm.Core.SourceRecords;
using Mdm.Stewardship.Web.Accounts;
using Mdm.Stewardship.Web.Tests.Infrastructure;
using Mdm.Testing;
using Microsoft.Playwright;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>
/// Loads part of the checked-in multi-channel sample and saves the main pages, as a steward sees them, into
/// <c>docs/screenshots/</c> (shown in the README and docs/steward-ui.md). Each page is checked before it is shot.
/// </summary>
public sealed class ScreenshotTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int SampleLines = 600;
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "docs", "screenshots");

    private async Task LoadSampleAsync()
    {
        await browser.Ui.ResetAsync();
        var lines = File.ReadLines(Path.Combine(RepoPaths.Root, "data-samples", "sample", "source-records.jsonl"));
        foreach (var line in lines.Take(SampleLines))
        {
            using var document = JsonDocument.Parse(line);
            await browser.Ui.Mediator.Send(
                new IngestSourceRecord(document.RootElement, SourceRecordJson.Read(document.RootElement), Actor.System)
            );
        }
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}.png"), FullPage = true });
    }

    private async Task DecideAsync(Guid reviewId, string decision, string steward) =>
        Assert.Equal(
            DecideMatchReviewOutcome.Decided,
            (
                await browser.Ui.Mediator.Send(new DecideMatchReview(reviewId, decision, null, new Actor(steward)))
            ).Outcome
        );

    [Fact]
    public async Task MainPages_AreSavedAsScreenshots()
    {
        Directory.CreateDirectory(Folder);
        await LoadSampleAsync();
        var queue = await browser.Ui.Mediator.Send(new ListReviewQueueItems(new ReviewQueueFilter(), 0, 1));
        Assert.True(queue.Total > 0, "The sample's first lines should leave open match reviews.");

        var login = await (
            await browser.Browser.NewContextAsync(new() { BaseURL = browser.Ui.RootUri.ToString() })
        ).NewPageAsync();
        await login.GotoAsync("/account/login");
        await ShootAsync(login, "login");

        var page = await browser.SignedInPageAsync(await browser.Ui.AccountAsync(StewardRoles.Steward));
        await Assertions.Expect(page.GetByTestId("active-golden")).Not.ToHaveTextAsync("0");
        await ShootAsync(page, "overview");

        await page.GotoAsync("/reviews");
        await Assertions.Expect(page.GetByTestId("review-total")).ToHaveTextAsync($"{queue.Total} open match reviews");
        await ShootAsync(page, "review-queue");

        await page.GotoAsync($"/reviews/{queue.Items[0].Id}");
        await Assertions.Expect(page.GetByTestId("contribution").First).ToBeVisibleAsync();
        await ShootAsync(page, "compare");

        await page.GotoAsync("/golden-records");
        await page.GetByLabel("Name, e-mail, phone or source id").FillAsync(queue.Items[0].NameB);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("search-summary")).ToBeVisibleAsync();
        await ShootAsync(page, "golden-record-search");
        await page.GotoAsync($"/golden-records/{queue.Items[0].GoldenIdB}");
        await Assertions.Expect(page.Locator("#golden-sources-heading")).ToBeVisibleAsync();
        await ShootAsync(page, "golden-record");

        // A day's work for the dashboard: two stewards decide a few reviews.
        var decided = await browser.Ui.Mediator.Send(new ListReviewQueueItems(new ReviewQueueFilter(), 0, 3));
        await DecideAsync(decided.Items[0].Id, MatchDecisions.Merge, "steward:alice@stewards.test");
        await DecideAsync(decided.Items[1].Id, MatchDecisions.Merge, "steward:bob@stewards.test");
        await DecideAsync(decided.Items[2].Id, MatchDecisions.NotAMatch, "steward:bob@stewards.test");
        var import = await ImportWorker.StartAsync(
            browser.Ui,
            "pos",
            "pos-customers.csv",
            ImportWorker.CsvWithOneBadLine
        );
        await ImportWorker.RunAsync(browser.Ui, import);
        await page.GotoAsync("/imports");
        await Assertions.Expect(page.GetByTestId("imports")).ToContainTextAsync("pos-customers.csv");
        await ShootAsync(page, "imports");
        await page.GotoAsync($"/imports/{import}");
        await Assertions.Expect(page.GetByTestId("import-error-line")).ToBeVisibleAsync();
        await ShootAsync(page, "import");

        await page.GotoAsync("/dashboard");
        await Assertions.Expect(page.GetByTestId("headline-decisions-today")).ToHaveTextAsync("3");
        await ShootAsync(page, "dashboard");
    }
}
