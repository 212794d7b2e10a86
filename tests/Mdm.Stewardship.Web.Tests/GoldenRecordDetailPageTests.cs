using System.Globalization;
using Mdm.Core.Consents;
using Mdm.Core.MatchReviews;
using Mdm.Core.SourceRecords;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>The golden-record 360: values with lineage, source records, consents, history and status.</summary>
public sealed class GoldenRecordDetailPageTests(StewardUiFactory factory) : GoldenRecordPageTest(factory)
{
    private static string Text(IRenderedComponent<GoldenRecordDetail> page, string selector) =>
        page.Find(selector).TextContent;

    /// <summary>Dr Maria from the CRM (birth date, a consent) and from the ERP (its account number): one golden record.</summary>
    private async Task<Guid> MariaFromCrmAndErpAsync()
    {
        var crm = await Factory.IngestPersonAsync(
            "crm",
            "CRM-1",
            "Maria",
            "Delgado",
            "maria@example.com",
            extra: new
            {
                name = new
                {
                    prefix = "Dr",
                    given = "Maria",
                    family = "Delgado",
                },
                birthDate = "1980-05-17",
                consents = new[]
                {
                    new
                    {
                        purpose = "marketing",
                        channel = "email",
                        status = "granted",
                        capturedAt = "2026-01-02T10:00:00Z",
                    },
                },
            }
        );
        var erp = await Factory.IngestPersonAsync(
            "erp",
            "ERP-9",
            "Maria",
            "Delgado",
            "maria@example.com",
            extra: new { attributes = new { erpAccount = "A-100" } }
        );
        Assert.Equal(crm.GoldenId, erp.GoldenId);
        return crm.GoldenId;
    }

    [Fact]
    public async Task Detail_ShowsGoldenValuesWithTheirSourceAndRule()
    {
        var goldenId = await MariaFromCrmAndErpAsync();

        var page = RenderDetail(goldenId, StewardRoles.Viewer);

        Assert.Equal("Dr Maria Delgado", Text(page, "h1"));
        var prefix = Text(page, "tr[data-attribute='name.prefix']");
        Assert.Contains("crm/CRM-1", prefix, StringComparison.Ordinal);
        Assert.Contains("source-priority", prefix, StringComparison.Ordinal);
        var birthDate = Text(page, "tr[data-attribute=birthDate]");
        Assert.Contains("1980-05-17", birthDate, StringComparison.Ordinal);
        Assert.Contains("crm/CRM-1", birthDate, StringComparison.Ordinal);
        Assert.Contains("most-recent", birthDate, StringComparison.Ordinal);
        var account = Text(page, "tr[data-attribute='attributes.erpAccount']");
        Assert.Contains("A-100", account, StringComparison.Ordinal);
        Assert.Contains("erp/ERP-9", account, StringComparison.Ordinal);
        Assert.Contains("source-priority", account, StringComparison.Ordinal);
        Assert.Contains("aggregate", Text(page, "tr[data-attribute=emails]"), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=pinned]"));
    }

    [Fact]
    public async Task Detail_ListsEverySourceRecordWithItsLinkAndConsents()
    {
        var goldenId = await MariaFromCrmAndErpAsync();

        var page = RenderDetail(goldenId, StewardRoles.Viewer);

        var sources = page.FindAll("tr[data-source]");
        Assert.Equal(["crm/CRM-1", "erp/ERP-9"], sources.Select(r => r.GetAttribute("data-source")));
        Assert.All(sources, r => Assert.Contains("automatic", r.TextContent, StringComparison.Ordinal));
        Assert.Contains("1980-05-17", sources[0].TextContent, StringComparison.Ordinal);
        var consents = page.Find("section[aria-labelledby=golden-consents-heading] tbody").TextContent;
        foreach (var expected in new[] { "marketing", "email", "granted", "crm" })
        {
            Assert.Contains(expected, consents, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Detail_ConsentHistory_ShowsEveryConsentReceivedWithWhoToldItAndWhetherItBecameCurrent()
    {
        var goldenId = await MariaFromCrmAndErpAsync();
        foreach (var (status, at) in new[] { ("revoked", "2026-03-01T10:00:00Z"), ("granted", "2025-12-01T10:00:00Z") })
        {
            var statement = new ConsentStatement(
                "marketing",
                "email",
                status,
                DateTimeOffset.Parse(at, CultureInfo.InvariantCulture),
                "preference-center"
            );
            await Factory.Mediator.Send(new RecordConsent(goldenId, statement, Actor.ApiKey("prefs")));
        }

        var page = RenderDetail(goldenId, StewardRoles.Viewer);

        var current = page.Find("section[aria-labelledby=golden-consents-heading] tbody").TextContent;
        Assert.Contains("revoked", current, StringComparison.Ordinal);
        var rows = page.WaitForElements("[data-testid=consent-history] tbody tr");
        Assert.Equal(3, rows.Count);
        Assert.Contains("granted", rows[0].TextContent, StringComparison.Ordinal); // newest received first
        Assert.Contains("an older capture", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("preference-center", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("crm/CRM-1", rows[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_History_ListsEveryVersionWithWhoAndWhy()
    {
        var crmSync = Actor.ApiKey("crm-sync");
        var first = await Factory.IngestPersonAsync("crm", "CRM-1", "Ana", "Lopez", "ana@example.com", actor: crmSync);
        await Factory.IngestPersonAsync("crm", "CRM-1", "Ana", "Lopez-Garcia", "ana@example.com", actor: crmSync);

        var page = RenderDetail(first.GoldenId, StewardRoles.Viewer);

        var versions = page.FindAll("tr[data-version]");
        Assert.Equal(["2", "1"], versions.Select(v => v.GetAttribute("data-version")));
        Assert.All(versions, v => Assert.Contains("api-key:crm-sync", v.TextContent, StringComparison.Ordinal));
        Assert.Contains("update of crm/CRM-1", versions[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("ingest of crm/CRM-1", versions[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("asOf=", versions[1].QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_AsOfAPastMoment_ShowsThatVersionWithoutActions()
    {
        var first = await Factory.IngestPersonAsync("crm", "CRM-1", "Ana", "Lopez", "ana@example.com");
        var history = await Factory.Mediator.Send(new Mdm.Core.GoldenRecords.GetGoldenRecordHistory(first.GoldenId));
        await Factory.IngestPersonAsync("crm", "CRM-1", "Ana", "Lopez-Garcia", "ana@example.com");
        var asOf = Uri.EscapeDataString(history![0].ChangedAt.ToString("O", CultureInfo.InvariantCulture));

        var page = RenderDetail(first.GoldenId, StewardRoles.Steward, $"asOf={asOf}");

        Assert.Equal("Ana Lopez", Text(page, "h1"));
        Assert.Contains("Version 1", Text(page, "[data-testid=as-of]"), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=split]"));
        Assert.Empty(page.FindAll("button[aria-label^=Pin]"));
    }

    [Fact]
    public async Task Detail_MergedGoldenRecord_SaysWhereItWentWithALink()
    {
        const string phone = "(212) 555-0147";
        var older = await Factory.IngestPersonAsync("ecommerce", "WEB-1", "Ana", "Lopez", "ana@example.com", phone);
        var newer = await Factory.IngestPersonAsync("crm", "CRM-1", "Rosa", "Lopez", "ana@example.com", phone);
        Assert.Equal(IngestOutcome.Review, newer.Outcome);
        var review = Assert.Single((await Factory.Mediator.Send(new ListMatchReviews("open", 10, null))).Items);
        await Factory.Mediator.Send(
            new DecideMatchReview(review.Id, MatchDecisions.Merge, null, new Actor("steward:x"))
        );

        var page = RenderDetail(newer.GoldenId, StewardRoles.Steward);

        var notice = page.Find("[data-testid=status-notice]");
        Assert.Contains("Merged into", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal($"golden-records/{older.GoldenId}", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=split]"));
    }

    [Fact]
    public async Task Detail_GoldenRecordWithoutSourceRecords_SaysItIsRetired()
    {
        var only = await Factory.IngestPersonAsync("crm", "CRM-1", "Ana", "Lopez", "ana@example.com");
        await Factory.Mediator.Send(new DetachSourceRecord("crm", "CRM-1", Actor.System));

        var page = RenderDetail(only.GoldenId, StewardRoles.Viewer);

        Assert.StartsWith("Retired", Text(page, "[data-testid=status-notice]").Trim(), StringComparison.Ordinal);
        Assert.Contains(
            "No live source record",
            Text(page, "section[aria-labelledby=golden-sources-heading]"),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Detail_UnknownId_SaysNotFound()
    {
        var page = RenderDetail(Guid.NewGuid(), StewardRoles.Viewer);

        Assert.Equal("Golden record not found", Text(page, "h1"));
    }

    [Fact]
    public async Task Detail_AsAViewer_ShowsNoSplitOrPinButtons()
    {
        var goldenId = await MariaFromCrmAndErpAsync();

        var page = RenderDetail(goldenId, StewardRoles.Viewer);

        Assert.Empty(page.FindAll("[data-testid=split]"));
        Assert.Empty(page.FindAll("button[aria-label^=Pin]"));
        Assert.Empty(page.FindAll("button[aria-label^=Unpin]"));
    }

    [Fact]
    public async Task Detail_AsASteward_OffersSplitAndAPinPerPinnableAttribute()
    {
        var goldenId = await MariaFromCrmAndErpAsync();

        var page = RenderDetail(goldenId, StewardRoles.Steward);

        Assert.Single(page.FindAll("[data-testid=split]"));
        Assert.Equal(
            ["Pin Name", "Pin Birth date", "Pin Gender", "Pin Attribute erpAccount"],
            page.FindAll("button[aria-label^=Pin]").Select(b => b.GetAttribute("aria-label"))
        );
    }
}
