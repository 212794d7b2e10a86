using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Consents;

/// <summary>Issue #6 item 4: every effective consent change emits <c>consent.changed</c> (ADR 0006).</summary>
public sealed class ConsentEventTests(MdmApiFactory factory) : ConsentApiTestBase(factory)
{
    private async Task<List<JsonNode>> ChangesAsync()
    {
        var page = await (await Admin.GetAsync("/api/v1/changes?after=0&limit=1000")).Expect(HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(i => i!).ToList();
    }

    [Fact]
    public async Task ConsentOnlyChange_WritesOneConsentChangedEventAndANewVersion_NoGoldenUpdated()
    {
        var goldenId = await CustomerWithGrantAsync();
        var before = await ChangesAsync();

        await (
            await PutConsent(
                goldenId,
                new
                {
                    status = "revoked",
                    capturedAt = "2026-04-01T08:00:00Z",
                    source = "preference-center",
                }
            )
        ).Expect(HttpStatusCode.OK);

        var added = (await ChangesAsync()).Skip(before.Count).ToList();
        var change = Assert.Single(added);
        Assert.Equal("consent.changed", change["type"]!.GetValue<string>());
        var data = change["data"]!;
        Assert.Equal(goldenId, data["goldenId"]!.GetValue<string>());
        Assert.Equal("marketing", data["purpose"]!.GetValue<string>());
        Assert.Equal("email", data["channel"]!.GetValue<string>());
        Assert.Equal("revoked", data["status"]!.GetValue<string>());
        Assert.Equal("preference-center", data["source"]!.GetValue<string>());
        Assert.Equal("granted", data["previous"]!["status"]!.GetValue<string>());
        Assert.Equal("ecommerce", data["previous"]!["source"]!.GetValue<string>());
        var golden = await (await Admin.GetAsync($"/api/v1/golden-records/{goldenId}")).Expect(HttpStatusCode.OK);
        Assert.Equal(golden["version"]!.GetValue<int>(), data["version"]!.GetValue<int>());
        Assert.Equal(
            before.Count(e => e["goldenId"]!.GetValue<string>() == goldenId) + 1,
            change["sequence"]!.GetValue<int>()
        );
    }

    [Fact]
    public async Task NewCustomerWithConsent_WritesCreatedThenConsentChanged()
    {
        var goldenId = await CustomerWithGrantAsync();

        var events = (await ChangesAsync()).Where(e => e["goldenId"]!.GetValue<string>() == goldenId).ToList();

        Assert.Equal(["golden.created", "consent.changed"], events.Select(e => e["type"]!.GetValue<string>()));
        Assert.Equal([1, 2], events.Select(e => e["sequence"]!.GetValue<int>()));
        Assert.Null(events[1]["data"]!["previous"]);
        Assert.Equal("granted", events[1]["data"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task SourceRecordChangingNameAndConsent_WritesGoldenUpdatedAndConsentChanged()
    {
        var goldenId = await CustomerWithGrantAsync();
        var before = await ChangesAsync();

        await (
            await Admin.PutRecord(
                "ecommerce",
                "WEB-1",
                new
                {
                    sourceUpdatedAt = "2026-05-01T10:00:00Z",
                    name = new { given = "Ada", family = "Okafor-Reyes" },
                    emails = new[] { new { address = "ada.okafor@example.com" } },
                    consents = new[]
                    {
                        new
                        {
                            purpose = "marketing",
                            channel = "email",
                            status = "revoked",
                            capturedAt = "2026-05-01T09:00:00Z",
                        },
                    },
                }
            )
        ).Expect(HttpStatusCode.OK);

        var added = (await ChangesAsync()).Skip(before.Count).ToList();
        Assert.Equal(["golden.updated", "consent.changed"], added.Select(e => e["type"]!.GetValue<string>()));
        Assert.Equal("Okafor-Reyes", added[0]["data"]!["record"]!["name"]!["family"]!.GetValue<string>());
        Assert.Equal("revoked", added[1]["data"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Merge_SurvivorHoldsLatestOfBoth_AndMergedIdAnswersWithBothHistories()
    {
        var phone = "(212) 555-0147";
        var older = (
            await (
                await Admin.PutRecord("ecommerce", "WEB-1", ApiCalls.Person("Ana", "Lopez", "ana@example.com", phone))
            ).Expect(HttpStatusCode.OK)
        )["goldenId"]!.GetValue<string>();
        var newer = await (
            await Admin.PutRecord("crm", "CRM-1", ApiCalls.Person("Rosa", "Lopez", "ana@example.com", phone))
        ).Expect(HttpStatusCode.OK);
        Assert.Equal("review", newer["outcome"]!.GetValue<string>());
        var newerId = newer["goldenId"]!.GetValue<string>();
        await (await PutConsent(older, new { status = "granted", capturedAt = "2026-02-01T00:00:00Z" })).Expect(
            HttpStatusCode.OK
        );
        await (await PutConsent(newerId, new { status = "revoked", capturedAt = "2026-03-01T00:00:00Z" })).Expect(
            HttpStatusCode.OK
        );
        var review = (await (await Admin.GetAsync("/api/v1/match-reviews")).Expect(HttpStatusCode.OK))["items"]![0]!;
        var before = await ChangesAsync();

        await (
            await Admin.PostAsJsonAsync($"/api/v1/match-reviews/{review["id"]}/decision", new { decision = "merge" })
        ).Expect(HttpStatusCode.OK);

        var consents = await ConsentsAsync(newerId);
        Assert.Equal(older, consents["goldenId"]!.GetValue<string>());
        Assert.Equal("revoked", Current(consents)["status"]!.GetValue<string>());
        Assert.Equal(2, consents["history"]!.AsArray().Count);
        var consentEvent = Assert.Single(
            (await ChangesAsync()).Skip(before.Count),
            e => e["type"]!.GetValue<string>() == "consent.changed"
        );
        Assert.Equal(older, consentEvent["goldenId"]!.GetValue<string>());
        Assert.Equal("revoked", consentEvent["data"]!["status"]!.GetValue<string>());
        var onMerged = await (
            await PutConsent(newerId, new { status = "granted", capturedAt = "2026-04-01T00:00:00Z" })
        ).Expect(HttpStatusCode.OK);
        Assert.Equal(older, onMerged["goldenId"]!.GetValue<string>());
        Assert.Equal("granted", onMerged["current"]!["status"]!.GetValue<string>());
    }
}
