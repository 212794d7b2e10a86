using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core.Webhooks;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>Subscribing a receiver and checking what it got, for webhook tests in-process or against an API process.</summary>
public static class WebhookCalls
{
    /// <summary>Subscribes <paramref name="url"/> to the event types (none: every type); returns the secret.</summary>
    public static async Task<string> SubscribeAsync(this HttpClient admin, Uri url, params string[] eventTypes)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/subscriptions", new { url = url.ToString(), eventTypes });
        return (await response.Expect(HttpStatusCode.Created))["secret"]!.GetValue<string>();
    }

    /// <summary>Asserts the request carries the Standard Webhooks signature made with <paramref name="secret"/>.</summary>
    public static void AssertSigned(string secret, WebhookReceiver.Received request) =>
        Assert.Equal(
            StandardWebhookSignature.Sign(
                secret,
                request.Headers["webhook-id"]!,
                long.Parse(request.Headers["webhook-timestamp"]!, CultureInfo.InvariantCulture),
                request.Body
            ),
            request.Headers["webhook-signature"].ToString()
        );
}
