using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core.Webhooks;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>Issue #6 item 4: consent changes are fanned out, signed, to the systems that subscribed to them.</summary>
public sealed class ConsentWebhookTests(WebhookWorkerFactory factory)
    : WebhookReceiverTest<WebhookWorkerFactory>(factory)
{
    [Fact]
    public async Task SubscriberToConsentChanges_ReceivesEachEffectiveChangeSigned_AndNoGoldenEvents()
    {
        var secret = await SubscribeAsync("/ok", "consent.changed");
        var created = await (
            await Admin.PutRecord("crm", "C-1", ApiCalls.Person("Ada", "Okafor", "ada@example.com"))
        ).Expect(HttpStatusCode.OK);
        var goldenId = created["goldenId"]!.GetValue<string>();

        foreach (var (status, at) in new[] { ("granted", "2026-02-01T00:00:00Z"), ("revoked", "2026-03-01T00:00:00Z") })
        {
            await (
                await Admin.PutAsJsonAsync(
                    $"/api/v1/golden-records/{goldenId}/consents/marketing/email",
                    new
                    {
                        status,
                        capturedAt = at,
                        source = "preference-center",
                    }
                )
            ).Expect(HttpStatusCode.OK);
        }
        // Older than the revocation: kept in the history, no effective change, nothing to tell.
        await (
            await Admin.PutAsJsonAsync(
                $"/api/v1/golden-records/{goldenId}/consents/marketing/email",
                new { status = "granted", capturedAt = "2026-01-01T00:00:00Z" }
            )
        ).Expect(HttpStatusCode.OK);

        await WaitForAsync(() => Receiver.Requests.Count >= 2);
        await Task.Delay(500); // the stale grant must not follow

        var bodies = Receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal(["consent.changed", "consent.changed"], bodies.Select(b => b.GetProperty("type").GetString()));
        Assert.Equal(
            ["granted", "revoked"],
            bodies.Select(b => b.GetProperty("data").GetProperty("status").GetString())
        );
        Assert.All(Receiver.Requests, r => WebhookCalls.AssertSigned(secret, r));
    }
}
