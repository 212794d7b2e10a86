using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>Issue #6: the API process (its webhook worker) killed with SIGKILL while a delivery is on the wire.</summary>
[Collection(ApiProcesses.Name)]
public sealed class WebhookKillTests : ApiProcessTest
{
    private const int Customers = 3;
    private const int ChangesEach = 2;

    // The lease outlives the send timeout, so only a dead worker loses a delivery; both short, so the test is quick.
    private static readonly Dictionary<string, string> Settings = new(StringComparer.Ordinal)
    {
        ["Webhooks__AllowPrivateNetworks"] = "true",
        ["Webhooks__Lease"] = "00:00:05",
        ["Webhooks__TimeoutSeconds"] = "4",
        ["Webhooks__IdleDelay"] = "00:00:00.050",
    };

    [Fact]
    public async Task Delivery_WhenTheWorkerProcessIsKilledMidDelivery_IsSentAgainWithTheSameWebhookIdAndNothingIsLost()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var first = await StartApiAsync(Settings);
        using var admin = first.Client(AdminKey);
        var secret = await admin.SubscribeAsync(receiver.Url("/hold"));
        for (var change = 1; change <= ChangesEach; change++)
        {
            for (var customer = 1; customer <= Customers; customer++)
            {
                var person = ApiCalls.Person($"Ada{new string('a', change)}", $"Okafor{customer}");
                await (await admin.PutRecord("crm", $"C-{customer}", person)).Expect(HttpStatusCode.OK);
            }
        }

        // Every change is written; the receiver holds what it got unanswered, so those sends are in flight.
        Assert.True(await EventuallyAsync(() => Task.FromResult(!receiver.Requests.IsEmpty), TimeSpan.FromSeconds(20)));
        await first.KillAsync();
        var held = receiver.Requests.Select(WebhookId).ToHashSet(StringComparer.Ordinal);
        var inList = string.Join(", ", held.Select(id => $"'{id}'"));
        Assert.Equal(
            held.Count,
            await CountAsync(
                $"SELECT count(*) FROM webhook_deliveries WHERE webhook_id IN ({inList}) AND status = 'pending' AND attempts = 0"
            )
        );
        var beforeRestart = receiver.Requests.Count;
        receiver.ReleaseHeld();
        await StartApiAsync(Settings);
        var allDelivered = await EventuallyAsync(
            async () => await CountAsync("SELECT count(*) FROM webhook_deliveries WHERE status <> 'delivered'") == 0,
            TimeSpan.FromSeconds(30)
        );

        Assert.True(allDelivered, "Not every delivery was delivered after the restart.");
        var received = receiver.Requests.ToList();
        var afterRestart = received.Skip(beforeRestart).Select(WebhookId).ToList();
        Assert.Subset(afterRestart.ToHashSet(StringComparer.Ordinal), held);
        // One delivery per event written before the kill (one subscription to every type); each one arrived.
        var deliveries = await RowsAsync("SELECT webhook_id, golden_id, sequence FROM webhook_deliveries");
        Assert.Equal(await CountAsync("SELECT count(*) FROM change_events"), deliveries.Count);
        Assert.True(deliveries.Count >= Customers * ChangesEach, $"Only {deliveries.Count} deliveries.");
        var sent = deliveries.ToDictionary(d => (string)d[0], d => ((Guid)d[1], (int)d[2]), StringComparer.Ordinal);
        Assert.Equal(
            sent.Keys.Order(StringComparer.Ordinal),
            received.Select(WebhookId).Distinct().Order(StringComparer.Ordinal)
        );
        Assert.All(received, r => WebhookCalls.AssertSigned(secret, r));
        // In order per golden record: each event first arrived after every earlier one of its customer.
        var firstArrivals = received.Select(WebhookId).Distinct().Select(id => sent[id]);
        Assert.All(
            firstArrivals.GroupBy(d => d.Item1),
            golden => Assert.Equal(Enumerable.Range(1, golden.Count()), golden.Select(d => d.Item2))
        );
    }

    private static string WebhookId(WebhookReceiver.Received request) => request.Headers["webhook-id"].ToString();
}
