using Bunit;
using Mdm.Core.MatchReviews;
using Mdm.Stewardship.Web.Accounts;
using Mdm.Stewardship.Web.Components.Dashboard;
using Mdm.Stewardship.Web.Components.Pages;
using Mdm.Stewardship.Web.Tests.Infrastructure;
using MudBlazor;

namespace Mdm.Stewardship.Web.Tests;

public sealed class DashboardPageTests(StewardUiFactory factory) : StewardComponentTest(factory)
{
    private readonly DashboardHub _hub = new(factory);

    private IRenderedComponent<Dashboard> RenderAsViewer(string readySelector)
    {
        SignInAs(StewardRoles.Viewer);
        var page = Render<Dashboard>();
        page.WaitForElement(readySelector, TimeSpan.FromSeconds(15)); // the first query of a host warms EF Core up
        return page;
    }

    /// <summary>The cells of the chart's data table, a row per label: the label first, then a count per series.</summary>
    private static List<string[]> TableOf(IRenderedComponent<Dashboard> page, string chart) =>
        page.FindAll($"[data-testid={chart}] tbody tr")
            .Select(row => row.Children.Select(cell => cell.TextContent.Trim()).ToArray())
            .ToList();

    private static MudChart<double> ChartOf(IRenderedComponent<Dashboard> page, string chart) =>
        page.FindComponents<ChartCard>()
            .Single(card => card.Instance.TestId == chart)
            .FindComponent<MudChart<double>>()
            .Instance;

    [Fact]
    public async Task Dashboard_EmptyHub_ShowsAnEmptyStateInsteadOfCharts()
    {
        await Factory.ResetAsync();

        var page = RenderAsViewer("[data-testid=dashboard-empty]");

        Assert.Empty(page.FindComponents<MudChart<double>>());
        Assert.Equal("Dashboard", page.Find("h1").TextContent);
    }

    [Fact]
    public async Task Dashboard_WithActivity_ChartsCarryTheirSeriesAndTablesShowTheNumbers()
    {
        await Factory.ResetAsync();
        var decided = await _hub.ReviewAsync(1);
        await _hub.IngestAsync("pos", "POS-1", "Ana", 1);
        await _hub.DecideAsync((decided, MatchDecisions.NotAMatch, "steward:ana"));
        await _hub.ReviewAsync(2);

        var page = RenderAsViewer("[data-testid=chart-source-counts]");

        Assert.Equal("1", page.Find("[data-testid=headline-open-reviews]").TextContent);
        Assert.Equal("1", page.Find("[data-testid=headline-decisions-today]").TextContent);
        Assert.Equal("4", page.Find("[data-testid=headline-active-golden]").TextContent);
        Assert.Equal(5, page.FindAll("h2").Count);
        Assert.Equal(5, page.FindComponents<MudChart<double>>().Count);

        var ingests = ChartOf(page, "chart-ingest-outcomes");
        Assert.Equal(["crm", "ecommerce", "pos"], ingests.ChartLabels);
        Assert.Equal(["created", "merged", "review"], ingests.ChartSeries.Select(s => s.Name));
        Assert.Equal(
            [
                ["crm", "0", "0", "2", "2"],
                ["ecommerce", "2", "0", "0", "2"],
                ["pos", "0", "1", "0", "1"],
            ],
            TableOf(page, "chart-ingest-outcomes")
        );

        Assert.Equal(["steward:ana"], ChartOf(page, "chart-decisions").ChartSeries.Select(s => s.Name));
        Assert.Equal("1", TableOf(page, "chart-decisions")[^1][1]);
        Assert.Equal(30, TableOf(page, "chart-open-reviews").Count);
        Assert.Equal("1", TableOf(page, "chart-open-reviews")[^1][1]);

        var sources = ChartOf(page, "chart-source-counts");
        Assert.Equal(["1", "2", "3", "4", "5+"], sources.ChartLabels);
        Assert.Equal(["3", "1", "0", "0", "0"], TableOf(page, "chart-source-counts").Select(row => row[1]));
        Assert.Contains(
            "1 source: 3; 2 sources: 1",
            page.Find("[data-testid=chart-source-counts] [role=img]").GetAttribute("aria-label")
        );
    }

    [Fact]
    public async Task Dashboard_ScoreHistogram_MarksBothThresholds_AndAChartWithoutDataSaysSo()
    {
        await Factory.ResetAsync();
        await _hub.ReviewAsync(1);
        await _hub.IngestAsync("pos", "POS-1", "Ana", 1);

        var page = RenderAsViewer("[data-testid=chart-scores]");

        var scores = ChartOf(page, "chart-scores");
        Assert.Equal(
            ["Below review (< 0.80)", "Review (0.80–0.99)", "Auto-merge (≥ 0.99)"],
            scores.ChartSeries.Select(s => s.Name)
        );
        Assert.Equal("0.99–1.00", scores.ChartLabels[^1]);
        Assert.Contains(
            "Review threshold 0.80 · auto-merge threshold 0.99",
            page.Find("[data-testid=chart-scores] [data-testid=chart-caption]").TextContent
        );
        Assert.Equal(4, page.FindComponents<MudChart<double>>().Count); // no decision yet: words, not an empty chart
        Assert.Equal(
            "No steward decided a match review in the period.",
            page.Find("[data-testid=chart-decisions] [data-testid=chart-empty]").TextContent
        );
        var table = TableOf(page, "chart-scores");
        Assert.Equal(21, table.Count);
        Assert.Equal(2, table.Sum(row => int.Parse(row[^1], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
