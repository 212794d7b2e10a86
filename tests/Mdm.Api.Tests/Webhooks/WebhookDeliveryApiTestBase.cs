using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core.Webhooks;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>Deliveries put into states through the mediator, as the worker would, with the worker off.</summary>
public abstract class WebhookDeliveryApiTestBase(MdmApiFactory factory) : ApiTestBase(factory)
{
    protected IMediator Mediator => Factory.Services.GetRequiredService<IMediator>();

    protected async Task<Guid> SubscribeAsync()
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
    protected async Task<IReadOnlyList<ClaimedDelivery>> ThreeDeliveriesAsync()
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

    protected async Task<JsonNode> ListAsync(Guid id, string query = "") =>
        await (await Admin.GetAsync($"/api/v1/subscriptions/{id}/deliveries{query}")).Expect(HttpStatusCode.OK);

    protected static long[] Ids(JsonNode page) =>
        page["items"]!.AsArray().Select(d => d!["id"]!.GetValue<long>()).ToArray();

    protected Task<HttpResponseMessage> ReplayAsync(Guid id, object body) =>
        Admin.PostAsync($"/api/v1/subscriptions/{id}/replay", ApiCalls.Json(body));
}
