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
        await using var receiver = await NodeReceiver.StartAsync();
        var first = await StartApiAsync(Settings);
        using var admin = first.Client(AdminKey);
        await receiver.UseSecretAsync(await admin.SubscribeAsync(receiver.Url("/hook")));
        await receiver.HoldAsync();
        for (var change = 1; change <= ChangesEach; change++)
        {
            for (var customer = 1; customer <= Customers; customer++)
            {
                var person = ApiCalls.Person($"Ada{new string('a', change)}", $"Okafor{customer}");
                await (await admin.PutRecord("crm", $"C-{customer}", person)).Expect(HttpStatusCode.OK);
            }
        }

        // Every change is written; the receiver holds what it got unanswered, so those sends are in flight.
        var before = await receiver.WaitForAsync(s => s.Received.Count > 0);
        await first.KillAsync();
        var held = before.Received.Select(r => r.WebhookId).ToHashSet(StringComparer.Ordinal);
        var inList = string.Join(", ", held.Select(id => $"'{id}'"));
        Assert.Equal(
            held.Count,
            await CountAsync(
                $"SELECT count(*) FROM webhook_deliveries WHERE webhook_id IN ({inList}) AND status = 'pending' AND attempts = 0"
            )
        );
        await receiver.ReleaseAsync();
        await StartApiAsync(Settings);
        var allDelivered = await EventuallyAsync(
            async () => await CountAsync("SELECT count(*) FROM webhook_deliveries WHERE status <> 'delivered'") == 0,
            TimeSpan.FromSeconds(30)
        );

        Assert.True(allDelivered, "Not every delivery was delivered after the restart.");
        var received = (await receiver.StateAsync()).Received;
        var afterRestart = received.Skip(before.Received.Count).Select(r => r.WebhookId).ToList();
        Assert.Subset(afterRestart.ToHashSet(StringComparer.Ordinal), held);
        Assert.Equal(0, (await receiver.StateAsync()).Invalid); // every delivery verified by the official library
        // One delivery per event written before the kill (one subscription to every type); each one arrived.
        var deliveries = await RowsAsync("SELECT webhook_id FROM webhook_deliveries");
        Assert.Equal(await CountAsync("SELECT count(*) FROM change_events"), deliveries.Count);
        Assert.True(deliveries.Count >= Customers * ChangesEach, $"Only {deliveries.Count} deliveries.");
        Assert.Equal(
            deliveries.Select(d => (string)d[0]).Order(StringComparer.Ordinal),
            received.Select(r => r.WebhookId).Distinct().Order(StringComparer.Ordinal)
        );
        // In order per golden record: each event first arrived after every earlier one of its customer.
        var firstArrivals = received.DistinctBy(r => r.WebhookId);
        Assert.All(
            firstArrivals.GroupBy(r => r.GoldenId),
            golden => Assert.Equal(Enumerable.Range(1, golden.Count()), golden.Select(r => r.Sequence))
        );
    }
}
