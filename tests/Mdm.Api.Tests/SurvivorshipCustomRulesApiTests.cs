using System.Net;
using System.Text.Json.Nodes;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

/// <summary>A host started with its own rules file (<c>Survivorship__RulesPath</c>): most-complete and most-frequent.</summary>
public sealed class SurvivorshipCustomRulesApiTests(SurvivorshipCustomRulesApiTests.CustomRulesFactory factory)
    : IClassFixture<SurvivorshipCustomRulesApiTests.CustomRulesFactory>,
        IAsyncLifetime
{
    private readonly HttpClient _admin = factory.AdminClient();

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync()
    {
        _admin.Dispose();
        return Task.CompletedTask;
    }

    private static object Record(object name, string? birthDate, string updatedAt) =>
        new
        {
            sourceUpdatedAt = updatedAt,
            name,
            birthDate,
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
        };

    private async Task<string> Put(string system, string id, object body) =>
        (await (await _admin.PutRecord(system, id, body)).Expect(HttpStatusCode.OK))["goldenId"]!.GetValue<string>();

    private async Task<JsonNode> Golden(string id) =>
        await (await _admin.GetAsync($"/api/v1/golden-records/{id}")).Expect(HttpStatusCode.OK);

    [Fact]
    public async Task MostComplete_TheFullestNameWinsOverANewerShortOne()
    {
        var goldenId = await Put(
            "crm",
            "CRM-1",
            Record(
                new
                {
                    given = "Ana",
                    middle = "Isabel",
                    family = "Lopez",
                },
                null,
                "2026-01-01T00:00:00Z"
            )
        );
        Assert.Equal(
            goldenId,
            await Put("pos", "POS-1", Record(new { given = "Ana", family = "Lopez" }, null, "2026-05-01T00:00:00Z"))
        );

        var golden = await Golden(goldenId);

        Assert.Equal("Isabel", golden["name"]!["middle"]!.GetValue<string>());
        Assert.Equal("most-complete", golden["lineage"]!["name"]!["rule"]!.GetValue<string>());
        Assert.Equal("CRM-1", golden["lineage"]!["name"]!["sourceId"]!.GetValue<string>());
    }

    [Fact]
    public async Task MostFrequent_TheValueMostSourcesAgreeOnWinsOverANewerOne()
    {
        var name = new { given = "Ana", family = "Lopez" };
        var goldenId = await Put("crm", "CRM-1", Record(name, "1985-04-03", "2026-01-01T00:00:00Z"));
        await Put("erp", "ERP-1", Record(name, "1985-04-03", "2026-02-01T00:00:00Z"));
        Assert.Equal(goldenId, await Put("pos", "POS-1", Record(name, "1985-04-08", "2026-05-01T00:00:00Z")));

        var golden = await Golden(goldenId);

        Assert.Equal("1985-04-03", golden["birthDate"]!.GetValue<string>());
        Assert.Equal("most-frequent", golden["lineage"]!["birthDate"]!["rule"]!.GetValue<string>());
    }

    /// <summary>The API with a rules file of its own, written before the host starts.</summary>
    public sealed class CustomRulesFactory : MdmApiFactory
    {
        private static readonly string RulesPath = WriteRules();

        protected override IReadOnlyDictionary<string, string?> HostSettings { get; } =
            new Dictionary<string, string?> { ["Survivorship:RulesPath"] = RulesPath };

        private static string WriteRules()
        {
            var path = Path.Combine(Path.GetTempPath(), $"mdm-rules-{Guid.NewGuid():N}.json");
            File.WriteAllText(
                path,
                """
                {
                  "version": "test.1",
                  "rules": {
                    "name": { "strategy": "most-complete" },
                    "birthDate": { "strategy": "most-frequent" }
                  }
                }
                """
            );
            return path;
        }
    }
}
