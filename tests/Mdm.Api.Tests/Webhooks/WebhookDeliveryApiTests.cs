using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core.Webhooks;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>Contract §7: listing a subscription's deliveries and replaying them (worker off).</summary>
public sealed class WebhookDeliveryApiTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    private IMediator Mediator => Factory.Services.GetRequiredService<IMediator>();

    private async Task<Guid> SubscribeAsync()
    {
        var created = await (
            await Admin.PostAsJsonAsync(
                "/api/v1/subscriptions",
                new { url = "https://203.0.113.10/hooks", eventTypes = Array.Empty<string>() }
            )
        ).Expect(HttpStatusCode.Created);
        return Guid.Parse(created["id"]!.GetValue<string>());
    }

    /// <summary>Three deliveries, one per new customer, claimed: the first delivered, the second dead, the third
    /// still pending under its lease.</summary>
    private async Task<IReadOnlyList<ClaimedDelivery>> ThreeDeliveriesAsync()
    {
        for (var i = 1; i <= 3; i++)
        {
            await (
                await Admin.PutRecord("crm", $"C-{i}", ApiCalls.Person("Ada", $"Okafor{i}", $"c{i}@example.com"))
            ).Expect(HttpStatusCode.OK);
        }
        await Mediator.Send(new FanOutChangeEvents(100));
        var claimed = await Mediator.Send(new ClaimWebhookDeliveries(100, TimeSpan.FromMinutes(5)));
        Assert.Equal(3, claimed.Count);
        await Mediator.Send(new RecordWebhookAttempt(claimed[0].Id, WebhookAttemptOutcome.Delivered, 200, null, null));
        await Mediator.Send(new RecordWebhookAttempt(claimed[1].Id, WebhookAttemptOutcome.Failed, 500, "status", null));
        return claimed;
    }

    private async Task<JsonNode> ListAsync(Guid id, string query = "") =>
        await (await Admin.GetAsync($"/api/v1/subscriptions/{id}/deliveries{query}")).Expect(HttpStatusCode.OK);

    private static long[] Ids(JsonNode page) =>
        page["items"]!.AsArray().Select(d => d!["id"]!.GetValue<long>()).ToArray();

    private Task<HttpResponseMessage> ReplayAsync(Guid id, object body) =>
        Admin.PostAsync($"/api/v1/subscriptions/{id}/replay", ApiCalls.Json(body));

    [Fact]
    public async Task List_NewestFirst_WithStateOfEachDelivery()
    {
        var id = await SubscribeAsync();
        var claimed = await ThreeDeliveriesAsync();

        var page = await ListAsync(id);

        Assert.Equal(claimed.Select(c => c.Id).Reverse(), Ids(page));
        Assert.Null(page["next"]);
        var dead = page["items"]![1]!;
        Assert.Equal("dead", dead["status"]!.GetValue<string>());
        Assert.Equal(1, dead["attempts"]!.GetValue<int>());
        Assert.Equal(500, dead["lastStatusCode"]!.GetValue<int>());
        Assert.Equal("status", dead["lastError"]!.GetValue<string>());
        Assert.Equal(claimed[1].WebhookId, dead["webhookId"]!.GetValue<string>());
        Assert.Equal("golden.created", dead["eventType"]!.GetValue<string>());
        Assert.Equal(1, dead["sequence"]!.GetValue<int>());
        Assert.NotNull(page["items"]![2]!["deliveredAt"]);
    }

    [Fact]
    public async Task List_ByStatusAndPages_ReturnsTheMatchingSlice()
    {
        var id = await SubscribeAsync();
        var claimed = await ThreeDeliveriesAsync();

        var dead = await ListAsync(id, "?status=dead");
        var first = await ListAsync(id, "?limit=2");
        var second = await ListAsync(id, $"?limit=2&after={first["next"]!.GetValue<long>()}");

        Assert.Equal([claimed[1].Id], Ids(dead));
        Assert.Equal([claimed[2].Id, claimed[1].Id], Ids(first));
        Assert.Equal([claimed[0].Id], Ids(second));
        Assert.Null(second["next"]);
    }

    [Fact]
    public async Task List_BadQueryUnknownSubscriptionOrMissingScope_ReturnsProblem()
    {
        var id = await SubscribeAsync();
        using var reader = Factory.Client(await Admin.CreateKey("reader", ["golden:read"]));

        var bad = await (await Admin.GetAsync($"/api/v1/subscriptions/{id}/deliveries?status=failed")).ExpectProblem(
            HttpStatusCode.BadRequest
        );
        await (await Admin.GetAsync($"/api/v1/subscriptions/{Guid.NewGuid()}/deliveries")).ExpectProblem(
            HttpStatusCode.NotFound
        );
        await (await reader.GetAsync($"/api/v1/subscriptions/{id}/deliveries")).ExpectProblem(HttpStatusCode.Forbidden);

        Assert.NotNull(bad["errors"]!["status"]);
    }
}
