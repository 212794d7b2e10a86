using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Mdm.Core.Webhooks;
using Microsoft.Extensions.Options;

namespace Mdm.Sync.Webhooks;

/// <summary>
/// Sends one delivery as the Standard Webhooks specification describes: a signed JSON POST, successful only on a 2xx
/// within <see cref="WebhookOptions.TimeoutSeconds"/>. Redirects are not followed (see <see cref="WebhookConnector"/>
/// for the address check); retries and bookkeeping are the caller's.
/// </summary>
public sealed class WebhookSender(HttpClient http, IOptions<WebhookOptions> options)
{
    public const string HttpClientName = "webhooks";
    public const string UserAgent = "CustomerMdm-Webhooks/1";

    /// <summary>One attempt; never throws for the receiver's doing, only when <paramref name="cancellationToken"/> fires.</summary>
    public async Task<WebhookAttemptResult> SendAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var timestamp = message.Timestamp.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, message.Url);
        // Bytes rather than StringContent, whose Content-Type would gain "; charset=utf-8".
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(message.Body));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("webhook-id", message.WebhookId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(
            "webhook-signature",
            StandardWebhookSignature.Sign(message.Secret, message.WebhookId, timestamp, message.Body)
        );
        request.Headers.UserAgent.ParseAdd(UserAgent);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        var started = Stopwatch.GetTimestamp();
        try
        {
            // Headers are enough to decide; the receiver's body is never read, so it can neither be stored nor stall us.
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            var elapsed = Stopwatch.GetElapsedTime(started);
            return status switch
            {
                >= 200 and <= 299 => new(WebhookOutcome.Delivered, status, null, elapsed),
                410 => new(WebhookOutcome.Gone, status, "HTTP 410", elapsed),
                _ => new(WebhookOutcome.Failed, status, $"HTTP {status}", elapsed),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed("timeout", started);
        }
        catch (HttpRequestException e) when (IsRefusal(e))
        {
            return Failed("refused address", started);
        }
        catch (HttpRequestException e)
        {
            // The error kind only: exception messages can carry the receiver's host or a proxy's words.
            return Failed($"{e.HttpRequestError} ({e.InnerException?.GetType().Name ?? e.GetType().Name})", started);
        }
    }

    private static WebhookAttemptResult Failed(string reason, long started) =>
        new(WebhookOutcome.Failed, null, reason, Stopwatch.GetElapsedTime(started));

    private static bool IsRefusal(Exception e) =>
        e is WebhookAddressRefusedException || (e.InnerException is { } inner && IsRefusal(inner));
}
