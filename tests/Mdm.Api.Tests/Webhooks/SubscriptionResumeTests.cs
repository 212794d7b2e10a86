using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>Issue #6: a subscription its receiver disabled (410) is re-enabled and gets everything it missed.</summary>
public sealed class SubscriptionResumeTests(WebhookWorkerFactory factory)
    : WebhookReceiverTest<WebhookWorkerFactory>(factory)
{
    [Fact]
    public async Task ReEnable_AfterGone_SendsTheCancelledDeliveryWithItsWebhookIdAndEveryEventMissedMeanwhile()
    {
        var secret = await SubscribeAsync("/gone");
        var subscription = (await (await Admin.GetAsync("/api/v1/subscriptions")).Expect(HttpStatusCode.OK)).AsArray()[
            0
        ]!["id"]!.GetValue<string>();
        await (await Admin.PutRecord("crm", "C-1", ApiCalls.Person("Ada", "Okafor"))).Expect(HttpStatusCode.OK);
        await WaitForAsync(() => !Receiver.Requests.IsEmpty);
        for (var i = 0; i < 100 && await DisabledAsync() == 0; i++)
        {
            await Task.Delay(50);
        }
        Assert.Equal(1, await DisabledAsync());
        var goneId = Receiver.Requests.Single().Headers["webhook-id"].ToString();
        // While it is disabled: two more customers, fanned out without a delivery for it.
        await (await Admin.PutRecord("crm", "C-2", ApiCalls.Person("Bo", "Berg"))).Expect(HttpStatusCode.OK);
        await (await Admin.PutRecord("crm", "C-3", ApiCalls.Person("Cy", "Dahl"))).Expect(HttpStatusCode.OK);
        for (
            var i = 0;
            i < 100 && await Factory.CountAsync("SELECT count(*) FROM change_events WHERE fanned_out_at IS NULL") > 0;
            i++
        )
        {
            await Task.Delay(50);
        }

        var enabled = await (
            await Admin.PatchAsJsonAsync(
                $"/api/v1/subscriptions/{subscription}",
                new { url = Receiver.Url("/ok").ToString(), status = "active" }
            )
        ).Expect(HttpStatusCode.OK);

        Assert.Equal(3, enabled["catchingUp"]!.GetValue<int>());
        await WaitForAsync(() => Receiver.Requests.Count(r => r.Path == "/ok") >= 3);
        await Task.Delay(300);
        var caughtUp = Receiver.Requests.Where(r => r.Path == "/ok").ToList();
        Assert.Equal(3, caughtUp.Count);
        Assert.Contains(caughtUp, r => r.Headers["webhook-id"].ToString() == goneId);
        Assert.Equal(
            3,
            caughtUp
                .Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("goldenId").GetString())
                .Distinct()
                .Count()
        );
        Assert.All(caughtUp, r => WebhookCalls.AssertSigned(secret, r));
    }

    private Task<long> DisabledAsync() =>
        Factory.CountAsync("SELECT count(*) FROM webhook_subscriptions WHERE status = 'disabled'");
}
