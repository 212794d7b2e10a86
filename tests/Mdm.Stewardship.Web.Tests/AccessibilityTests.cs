using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Mdm.Stewardship.Web.Accounts;
using Mdm.Stewardship.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>
/// axe-core (Deque) in the real browser on the steward's main pages: no serious or critical WCAG A/AA violations —
/// labelled controls, names on buttons and links, contrast, landmarks, valid ARIA.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe(
            new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] },
            }
        );
        var serious = results
            .Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious));
    }

    [Fact]
    public async Task LoginPage_HasNoSeriousViolations()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.Ui.RootUri.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");

        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task MainPages_HaveNoSeriousViolations()
    {
        await browser.Ui.ResetAsync();
        var pair = await HubData.ReviewPairAsync(browser.Ui, 0);
        var page = await browser.SignedInPageAsync(await browser.Ui.AccountAsync(StewardRoles.Steward));

        await page.GotoAsync("/reviews");
        await Assertions.Expect(page.GetByTestId("review-total")).ToHaveTextAsync("1 open match reviews");
        await AssertAccessibleAsync(page);

        await page.GotoAsync($"/reviews/{pair.ReviewId}");
        await Assertions.Expect(page.GetByTestId("comparison")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        await page.GotoAsync($"/golden-records?q={pair.Family}");
        await Assertions.Expect(page.GetByTestId("search-summary")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        await page.GotoAsync($"/golden-records/{pair.OlderGoldenId}");
        await Assertions.Expect(page.Locator("#golden-sources-heading")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        await page.GotoAsync("/imports");
        await Assertions.Expect(page.GetByTestId("import-start")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        await page.GotoAsync("/reconciliation");
        await Assertions.Expect(page.GetByTestId("import-start")).ToContainTextAsync("Start reconciliation");
        await AssertAccessibleAsync(page);

        await page.GotoAsync("/dashboard");
        await Assertions.Expect(page.GetByTestId("headline-open-reviews")).ToHaveTextAsync("1");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task ComparePage_DecisionsReachableByTabWithAVisibleFocusRing()
    {
        await browser.Ui.ResetAsync();
        var pair = await HubData.ReviewPairAsync(browser.Ui, 1);
        var page = await browser.SignedInPageAsync(await browser.Ui.AccountAsync(StewardRoles.Steward));
        await page.GotoAsync($"/reviews/{pair.ReviewId}");
        await Assertions.Expect(page.GetByTestId("merge")).ToBeVisibleAsync();

        for (
            var i = 0;
            i < 60 && !await page.GetByTestId("merge").EvaluateAsync<bool>("e => e === document.activeElement");
            i++
        )
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(page.GetByTestId("merge")).ToBeFocusedAsync();
        var outline = await page.GetByTestId("merge").EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.Equal("solid", outline);
    }
}
