using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core.Persistence;
using Mdm.Core.Webhooks;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>Issue #6: the outbox fan-out into deliveries and the ordered, leased claim of deliveries.</summary>
public sealed class WebhookOutboxTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private IMediator Mediator => Factory.Services.GetRequiredService<IMediator>();

    private async Task<Guid> SubscribeAsync(params string[] eventTypes)
    {
        var created = await (
            await Admin.PostAsJsonAsync("/api/v1/subscriptions", new { url = "https://203.0.113.10/hooks", eventTypes })
        ).Expect(HttpStatusCode.Created);
        return Guid.Parse(created["id"]!.GetValue<string>());
    }

    private async Task PutAsync(string id, string given) =>
        await (
            await Admin.PutRecord("crm", id, ApiCalls.Person(given, "Okafor", $"{id.ToLowerInvariant()}@example.com"))
        ).Expect(HttpStatusCode.OK);

    private Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync() =>
        Mediator.Send(new ClaimWebhookDeliveries(100, Lease)).AsTask();

    private static int SequenceOf(ClaimedDelivery d) =>
        JsonDocument.Parse(d.Body).RootElement.GetProperty("sequence").GetInt32();

    [Fact]
    public async Task FanOut_MakesOneDeliveryPerMatchingSubscription_AndEachEventOnlyOnce()
    {
        var all = await SubscribeAsync();
        var createdOnly = await SubscribeAsync("golden.created");
        await PutAsync("C-1", "Ada");
        await PutAsync("C-1", "Adaeze"); // golden.updated

        var first = await Mediator.Send(new FanOutChangeEvents(500));
        var again = await Mediator.Send(new FanOutChangeEvents(500));

        Assert.Equal(2, first);
        Assert.Equal(0, again);
        Assert.Equal(
            2,
            await Factory.CountAsync($"SELECT count(*) FROM webhook_deliveries WHERE subscription_id = '{all}'")
        );
        Assert.Equal(
            1,
            await Factory.CountAsync($"SELECT count(*) FROM webhook_deliveries WHERE subscription_id = '{createdOnly}'")
        );
    }

    [Fact]
    public async Task FanOut_ByConcurrentWorkers_TakesEveryEventExactlyOnce()
    {
        await SubscribeAsync();
        for (var i = 0; i < 20; i++)
        {
            await PutAsync($"C-{i}", "Ada");
        }

        var taken = await Task.WhenAll(
            Enumerable
                .Range(0, 8)
                .Select(_ =>
                    Task.Run(async () =>
                    {
                        var sum = 0;
                        for (int n; (n = await Mediator.Send(new FanOutChangeEvents(3))) > 0; )
                        {
                            sum += n;
                        }
                        return sum;
                    })
                )
        );

        Assert.Equal(20, taken.Sum());
        Assert.Equal(20, await Factory.CountAsync("SELECT count(DISTINCT event_position) FROM webhook_deliveries"));
        Assert.Equal(20, await Factory.CountAsync("SELECT count(*) FROM webhook_deliveries"));
    }

    [Fact]
    public async Task Claim_HandsOutAGoldenRecordsEventsOneAtATimeInSequence_RetryKeepsTheWebhookId()
    {
        await SubscribeAsync();
        await PutAsync("C-1", "Ada");
        await PutAsync("C-1", "Adaeze");
        await PutAsync("C-1", "Adanna");
        await Mediator.Send(new FanOutChangeEvents(500));

        var first = Assert.Single(await ClaimAsync());
        Assert.Empty(await ClaimAsync()); // leased, and the later events wait behind it
        await Mediator.Send(
            new RecordWebhookAttempt(first.Id, WebhookAttemptOutcome.Failed, 500, "status 500", TimeSpan.Zero)
        );
        var retry = Assert.Single(await ClaimAsync());
        await Mediator.Send(new RecordWebhookAttempt(retry.Id, WebhookAttemptOutcome.Delivered, 200, null, null));
        var second = Assert.Single(await ClaimAsync());
        await Mediator.Send(new RecordWebhookAttempt(second.Id, WebhookAttemptOutcome.Failed, 503, "status 503", null));
        var third = Assert.Single(await ClaimAsync());

        Assert.Equal(1, SequenceOf(first));
        Assert.Equal((first.Id, first.WebhookId, 1), (retry.Id, retry.WebhookId, retry.Attempts));
        Assert.Equal(2, SequenceOf(second));
        Assert.Equal(3, SequenceOf(third)); // the dead-lettered one no longer holds the line
        Assert.Equal(
            1,
            await Factory.CountAsync(
                $"SELECT count(*) FROM webhook_deliveries WHERE status = '{WebhookDeliveryStatus.Dead}'"
            )
        );
    }

    [Fact]
    public async Task Gone_DisablesTheSubscriptionAndCancelsWhatItStillHad()
    {
        var subscription = await SubscribeAsync();
        await PutAsync("C-1", "Ada");
        await PutAsync("C-2", "Bo");
        await Mediator.Send(new FanOutChangeEvents(500));
        var claimed = await ClaimAsync();

        await Mediator.Send(
            new RecordWebhookAttempt(claimed[0].Id, WebhookAttemptOutcome.Gone, 410, "status 410", null)
        );
        await PutAsync("C-3", "Cy");
        await Mediator.Send(new FanOutChangeEvents(500));

        Assert.Equal(
            2,
            await Factory.CountAsync(
                $"SELECT count(*) FROM webhook_deliveries WHERE status = '{WebhookDeliveryStatus.Cancelled}'"
            )
        );
        Assert.Equal(2, await Factory.CountAsync("SELECT count(*) FROM webhook_deliveries"));
        Assert.Equal(
            1,
            await Factory.CountAsync(
                $"SELECT count(*) FROM webhook_subscriptions WHERE id = '{subscription}' AND status = 'disabled'"
            )
        );
        Assert.Empty(await ClaimAsync());
    }

    [Fact]
    public async Task Body_IsTheChangeFeedItemOfTheEvent()
    {
        await SubscribeAsync();
        await PutAsync("C-1", "Ada");
        await Mediator.Send(new FanOutChangeEvents(500));

        var delivery = Assert.Single(await ClaimAsync());
        var body = JsonDocument.Parse(delivery.Body).RootElement;

        Assert.Equal("golden.created", body.GetProperty("type").GetString());
        Assert.Equal($"msg_{body.GetProperty("id").GetGuid():N}", delivery.WebhookId);
        Assert.Equal("https://203.0.113.10/hooks", delivery.Url);
        Assert.StartsWith("whsec_", delivery.Secret, StringComparison.Ordinal);
    }
}
