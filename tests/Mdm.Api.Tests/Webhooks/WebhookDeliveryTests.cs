using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core.Webhooks;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>A host whose webhook worker runs, with retries at once and loopback receivers allowed.</summary>
public sealed class WebhookWorkerFactory : MdmApiFactory
{
    protected override IReadOnlyDictionary<string, string?> HostSettings { get; } =
        new Dictionary<string, string?>
        {
            ["Webhooks:RunDispatcher"] = "true",
            ["Webhooks:AllowPrivateNetworks"] = "true",
            ["Webhooks:RetrySchedule"] = "0,0,0,0",
        };
}

/// <summary>Issue #6: changes reach a real receiver, signed, retried with one webhook id, in order per golden record.</summary>
public sealed class WebhookDeliveryTests(WebhookWorkerFactory factory)
    : WebhookReceiverTest<WebhookWorkerFactory>(factory)
{
    [Fact]
    public async Task ReceiverFailingTwice_GetsExactlyThreeAttemptsWithOneWebhookId_EachSignedRight()
    {
        var secret = await SubscribeAsync("/fail-first/2");
        await (await Admin.PutRecord("crm", "C-1", ApiCalls.Person("Ada", "Okafor"))).Expect(HttpStatusCode.OK);

        await WaitForAsync(() => Receiver.Requests.Count >= 3);
        await Task.Delay(500); // nothing more may come once it was accepted

        var attempts = Receiver.Requests.ToList();
        Assert.Equal(3, attempts.Count);
        Assert.Single(attempts.Select(a => a.Headers["webhook-id"].ToString()).Distinct());
        Assert.All(attempts, a => WebhookCalls.AssertSigned(secret, a));
        Assert.Equal(
            1,
            await Factory.CountAsync(
                "SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered' AND attempts = 3"
            )
        );
    }

    [Fact]
    public async Task ManyChangesOfOneCustomer_ArriveInSequenceOrder()
    {
        await SubscribeAsync("/ok");
        for (var i = 0; i < 8; i++)
        {
            await (await Admin.PutRecord("crm", "C-1", ApiCalls.Person($"Ada{new string('a', i)}", "Okafor"))).Expect(
                HttpStatusCode.OK
            );
        }

        await WaitForAsync(() => Receiver.Requests.Count >= 8);

        var sequences = Receiver.Requests.Select(r =>
            JsonDocument.Parse(r.Body).RootElement.GetProperty("sequence").GetInt32()
        );
        Assert.Equal(Enumerable.Range(1, 8), sequences);
    }

    [Fact]
    public async Task ReceiverAnsweringGone_DisablesTheSubscription()
    {
        await SubscribeAsync("/gone");
        await (await Admin.PutRecord("crm", "C-1", ApiCalls.Person("Ada", "Okafor"))).Expect(HttpStatusCode.OK);

        await WaitForAsync(() => !Receiver.Requests.IsEmpty);
        for (
            var i = 0;
            i < 100
                && await Factory.CountAsync("SELECT count(*) FROM webhook_subscriptions WHERE status = 'disabled'")
                    == 0;
            i++
        )
        {
            await Task.Delay(50);
        }
        await (await Admin.PutRecord("crm", "C-2", ApiCalls.Person("Bo", "Berg"))).Expect(HttpStatusCode.OK);
        await Task.Delay(500);

        Assert.Single(Receiver.Requests);
        Assert.Equal(
            1,
            await Factory.CountAsync("SELECT count(*) FROM webhook_subscriptions WHERE status = 'disabled'")
        );
    }
}
