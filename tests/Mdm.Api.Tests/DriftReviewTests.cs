using System.Net;
using System.Net.Http.Json;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

/// <summary>
/// Issue #7 (drifted records are re-matched): an update that makes a source record look like another customer asks a
/// steward about the two golden records; it never moves the record on its own.
/// </summary>
public sealed class DriftReviewTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    private async Task<string> GoldenOf(string system, string id, object body) =>
        (await (await Admin.PutRecord(system, id, body)).Expect(HttpStatusCode.OK))["goldenId"]!.GetValue<string>();

    private async Task<List<(string A, string B)>> OpenReviewsAsync()
    {
        var page = await (await Admin.GetAsync("/api/v1/match-reviews?status=open")).Expect(HttpStatusCode.OK);
        return page["items"]!
            .AsArray()
            .Select(r => (r!["goldenIdA"]!.GetValue<string>(), r["goldenIdB"]!.GetValue<string>()))
            .ToList();
    }

    [Fact]
    public async Task Update_ThatNowMatchesAnotherCustomer_OpensOneReviewAndKeepsTheLink()
    {
        var ada = await GoldenOf(
            "ecommerce",
            "WEB-1",
            ApiCalls.Person("Ada", "Okafor", "ada.okafor@example.com", "(212) 555-0147")
        );
        var crm = await GoldenOf("crm", "CRM-7", ApiCalls.Person("Ada", "Okafor-Reyes", "a.reyes@example.org"));
        Assert.NotEqual(ada, crm);
        Assert.Empty(await OpenReviewsAsync());

        // The CRM corrects its record: now the web shop's e-mail and phone.
        var update = ApiCalls.Person(
            "Ada",
            "Okafor",
            "ada.okafor@example.com",
            "(212) 555-0147",
            "2026-02-01T00:00:00Z"
        );
        var result = await (await Admin.PutRecord("crm", "CRM-7", update)).Expect(HttpStatusCode.OK);
        await (await Admin.PutRecord("crm", "CRM-7", update)).Expect(HttpStatusCode.OK); // unchanged: asks nothing more

        Assert.Equal("updated", result["outcome"]!.GetValue<string>());
        Assert.Equal(crm, result["goldenId"]!.GetValue<string>());
        var review = Assert.Single(await OpenReviewsAsync());
        Assert.Equal(new[] { ada, crm }.Order(), new[] { review.A, review.B }.Order());
    }

    [Fact]
    public async Task Update_OfAPairAStewardSeparated_AsksNothing()
    {
        var first = await GoldenOf(
            "ecommerce",
            "WEB-1",
            ApiCalls.Person("Ana", "Lopez", "ana@example.com", "(212) 555-0147")
        );
        await GoldenOf("crm", "CRM-1", ApiCalls.Person("Rosa", "Lopez", "ana@example.com", "(212) 555-0147"));
        var review = (await (await Admin.GetAsync("/api/v1/match-reviews")).Expect(HttpStatusCode.OK))["items"]![0]!;
        await (
            await Admin.PostAsJsonAsync(
                $"/api/v1/match-reviews/{review["id"]}/decision",
                new { decision = "not-a-match" }
            )
        ).Expect(HttpStatusCode.OK);

        await GoldenOf(
            "crm",
            "CRM-1",
            ApiCalls.Person("Rosa", "Lopez", "ana@example.com", "(212) 555-0147", "2026-02-01T00:00:00Z")
        );

        Assert.Empty(await OpenReviewsAsync());
        Assert.NotEqual(
            first,
            await GoldenOf(
                "crm",
                "CRM-1",
                ApiCalls.Person("Rosa", "Lopez", "ana@example.com", "(212) 555-0147", "2026-02-01T00:00:00Z")
            )
        );
    }
}
