using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

/// <summary>Issue #4: the shipped survivorship rules, lineage and steward pins, through real PUTs.</summary>
public sealed class SurvivorshipApiTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    private static object Record(string family, string updatedAt, object? attributes = null, string? prefix = null) =>
        new
        {
            sourceUpdatedAt = updatedAt,
            name = new
            {
                prefix,
                given = "Ana",
                family,
            },
            emails = new[] { new { address = "ana@example.com", type = "personal" } },
            phones = new[]
            {
                new
                {
                    number = "(212) 555-0147",
                    type = "mobile",
                    country = "US",
                },
            },
            attributes,
        };

    private async Task<JsonNode> Golden(string goldenId) =>
        await (await Admin.GetAsync($"/api/v1/golden-records/{goldenId}")).Expect(HttpStatusCode.OK);

    private async Task<string> Put(string system, string id, object body)
    {
        var result = await (await Admin.PutRecord(system, id, body)).Expect(HttpStatusCode.OK);
        return result["goldenId"]!.GetValue<string>();
    }

    [Fact]
    public async Task SourcePriority_ErpOwnsTheAccountEvenWhenAnotherSystemIsNewer()
    {
        var goldenId = await Put("erp", "ERP-1", Record("Lopez", "2026-01-01T00:00:00Z", new { erpAccount = "C100" }));
        Assert.Equal(
            goldenId,
            await Put("crm", "CRM-1", Record("Lopez", "2026-05-01T00:00:00Z", new { erpAccount = "C999" }))
        );

        var golden = await Golden(goldenId);

        Assert.Equal("C100", golden["attributes"]!["erpAccount"]!.GetValue<string>());
        var lineage = golden["lineage"]!["attributes.erpAccount"]!;
        Assert.Equal(
            ("erp", "ERP-1", "source-priority"),
            (
                lineage["sourceSystem"]!.GetValue<string>(),
                lineage["sourceId"]!.GetValue<string>(),
                lineage["rule"]!.GetValue<string>()
            )
        );
    }

    [Fact]
    public async Task SourcePriority_WithoutTheOwnerFallsBackToMostRecent()
    {
        var goldenId = await Put(
            "ecommerce",
            "WEB-1",
            Record("Lopez", "2026-01-01T00:00:00Z", new { tier = "silver" })
        );
        await Put("crm", "CRM-1", Record("Lopez", "2026-05-01T00:00:00Z", new { tier = "gold" }));

        var golden = await Golden(goldenId);

        Assert.Equal("gold", golden["attributes"]!["tier"]!.GetValue<string>());
        Assert.Equal("CRM-1", golden["lineage"]!["attributes.tier"]!["sourceId"]!.GetValue<string>());
    }

    [Fact]
    public async Task MostRecent_NameFromTheNewestSourceRecordAndPrefixFromCrm()
    {
        var goldenId = await Put("crm", "CRM-1", Record("Lopez", "2026-01-01T00:00:00Z", prefix: "Dr."));
        await Put("ecommerce", "WEB-1", Record("Lopez-Garcia", "2026-05-01T00:00:00Z", prefix: "Ms."));

        var golden = await Golden(goldenId);

        Assert.Equal("Lopez-Garcia", golden["name"]!["family"]!.GetValue<string>());
        Assert.Equal("WEB-1", golden["lineage"]!["name"]!["sourceId"]!.GetValue<string>());
        Assert.Equal("most-recent", golden["lineage"]!["name"]!["rule"]!.GetValue<string>());
        Assert.Equal("Dr.", golden["name"]!["prefix"]!.GetValue<string>());
    }

    [Fact]
    public async Task Aggregate_KeepsEveryDistinctEmail()
    {
        var goldenId = await Put("crm", "CRM-1", Record("Lopez", "2026-01-01T00:00:00Z"));
        var second = new
        {
            sourceUpdatedAt = "2026-02-01T00:00:00Z",
            name = new { given = "Ana", family = "Lopez" },
            emails = new[]
            {
                new { address = "ANA@example.com", type = "personal" },
                new { address = "ana.work@example.org", type = "work" },
            },
            phones = new[]
            {
                new
                {
                    number = "(212) 555-0147",
                    type = "mobile",
                    country = "US",
                },
            },
        };
        await Put("ecommerce", "WEB-1", second);

        var emails = (await Golden(goldenId))["emails"]!
            .AsArray()
            .Select(e => e!["address"]!.GetValue<string>().ToLowerInvariant());

        Assert.Equal(new[] { "ana.work@example.org", "ana@example.com" }, emails.Order());
    }

    [Fact]
    public async Task Pin_SurvivesANewSourceRecordUntilUnpinned()
    {
        var goldenId = await Put("crm", "CRM-1", Record("Lopez", "2026-01-01T00:00:00Z"));
        await (
            await Admin.PutAsJsonAsync(
                $"/api/v1/golden-records/{goldenId}/pins/name",
                new { value = new { given = "Ana", family = "López" } }
            )
        ).Expect(HttpStatusCode.OK);

        await Put("ecommerce", "WEB-1", Record("Lopez-Garcia", "2026-05-01T00:00:00Z"));

        var pinned = await Golden(goldenId);
        Assert.Equal("López", pinned["name"]!["family"]!.GetValue<string>());
        Assert.Equal("steward-pin", pinned["lineage"]!["name"]!["rule"]!.GetValue<string>());
        await (await Admin.DeleteAsync($"/api/v1/golden-records/{goldenId}/pins/name")).Expect(HttpStatusCode.OK);
        Assert.Equal("Lopez-Garcia", (await Golden(goldenId))["name"]!["family"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("emails", """{"value":["a@example.com"]}""")]
    [InlineData("birthDate", """{"value":"1985-02-30"}""")]
    [InlineData("name", """{"other":1}""")]
    public async Task Pin_Invalid_Returns400AndChangesNothing(string attribute, string body)
    {
        var goldenId = await Put("crm", "CRM-1", Record("Lopez", "2026-01-01T00:00:00Z"));

        await (
            await Admin.PutAsync($"/api/v1/golden-records/{goldenId}/pins/{attribute}", ApiCalls.Json(body))
        ).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.Equal(1, (await Golden(goldenId))["version"]!.GetValue<int>());
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM golden_pins"));
    }
}
