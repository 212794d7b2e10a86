using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core.Webhooks;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>Contract §7: listing a subscription's deliveries and replaying them (worker off).</summary>
public sealed class WebhookDeliveryApiTests(MdmApiFactory factory) : WebhookDeliveryApiTestBase(factory)
{
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
