using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>The golden-record search page: fuzzy search, source ids, paging and the query kept in the address.</summary>
public sealed class GoldenRecordSearchPageTests(StewardUiFactory factory) : GoldenRecordPageTest(factory)
{
    private IRenderedComponent<GoldenRecordSearch> Search(string q)
    {
        SignInAs(StewardRoles.Viewer);
        RenderProviders();
        var page = Render<GoldenRecordSearch>();
        page.Find("#golden-search").Input(q);
        page.Find("form[role=search]").Submit();
        page.WaitForAssertion(() => page.Find("[data-testid=search-summary]"));
        return page;
    }

    private static List<string> Links(IRenderedComponent<GoldenRecordSearch> page) =>
        page.FindAll("tbody tr th a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task Search_ByName_ListsTheGoldenRecordLinkedToItsDetailPage()
    {
        var maria = await Factory.IngestPersonAsync("crm", "CRM-1", "Maria", "Delgado", "maria.delgado@example.com");
        await Factory.IngestPersonAsync("crm", "CRM-2", "John", "Stone", "john@example.com");

        var page = Search("Maria Delgado");

        Assert.Equal([$"golden-records/{maria.GoldenId}"], Links(page));
        Assert.Equal("Maria Delgado", page.Find("tbody tr th a").TextContent.Trim());
        Assert.Contains("maria.delgado@example.com", page.Find("tbody tr").TextContent, StringComparison.Ordinal);
        var uri = new Uri(Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Equal("?q=Maria%20Delgado", uri.Query);
    }

    [Theory]
    [InlineData("pos/P-77")]
    [InlineData("P-77")]
    public async Task Search_BySourceId_FindsTheGoldenRecordHoldingIt(string q)
    {
        var holder = await Factory.IngestPersonAsync("pos", "P-77", "Maria", "Delgado", "maria@example.com");
        await Factory.IngestPersonAsync("crm", "P-78", "John", "Stone", "john@example.com");

        var page = Search(q);

        Assert.Equal([$"golden-records/{holder.GoldenId}"], Links(page));
        Assert.Contains(
            "holding source record",
            page.Find("[data-testid=search-summary]").TextContent,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Search_QueryInTheAddress_IsSearchedOnArrival()
    {
        var maria = await Factory.IngestPersonAsync("crm", "CRM-1", "Maria", "Delgado", "maria@example.com");
        SignInAs(StewardRoles.Viewer);
        Services.GetRequiredService<NavigationManager>().NavigateTo("golden-records?q=delgado");

        var page = Render<GoldenRecordSearch>();

        page.WaitForAssertion(() => Assert.Equal([$"golden-records/{maria.GoldenId}"], Links(page)));
        Assert.Equal("delgado", page.Find("#golden-search").GetAttribute("value"));
    }

    [Fact]
    public async Task Search_NothingMatches_SaysSo()
    {
        await Factory.IngestPersonAsync("crm", "CRM-1", "Maria", "Delgado", "maria@example.com");

        var page = Search("Zebedee Quartermaine");

        Assert.Empty(page.FindAll("table"));
        Assert.StartsWith(
            "No golden record",
            page.Find("[data-testid=search-summary]").TextContent,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Search_MoreResultsThanAPage_MoreAppendsTheNextPage()
    {
        for (var i = 0; i < 22; i++)
        {
            await Factory.IngestPersonAsync(
                "crm",
                $"CRM-{i}",
                $"Person{(char)('a' + i)}",
                "Delgado",
                $"p{i}@example.com"
            );
        }

        var page = Search("delgado");
        page.WaitForAssertion(() => Assert.Equal(20, Links(page).Count));
        // Find and click in one turn of the renderer: a render in between would retire the button's handler.
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "More").Click());

        page.WaitForAssertion(() => Assert.Equal(22, Links(page).Distinct().Count()));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "More");
    }
}
