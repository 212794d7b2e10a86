using Mdm.Core.Webhooks;
using Mediator;

namespace Mdm.Sync.Webhooks;

/// <summary>One attempt of one claimed delivery: send it; record a failure and, when to retry, at once.</summary>
public sealed class WebhookAttempts(
    IMediator mediator,
    WebhookSender sender,
    WebhookRetrySchedule schedule,
    TimeProvider time
)
{
    /// <returns>The accepted delivery, for the caller to record with its batch; null when the attempt failed (recorded).</returns>
    public async Task<DeliveredWebhook?> AttemptAsync(ClaimedDelivery delivery, CancellationToken ct)
    {
        var message = new WebhookMessage(
            new Uri(delivery.Url),
            delivery.Secret,
            delivery.WebhookId,
            time.GetUtcNow(),
            delivery.Body
        );
        var result = await sender.SendAsync(message, ct);
        if (result.Outcome == WebhookOutcome.Delivered)
        {
            return new DeliveredWebhook(delivery.Id, result.StatusCode ?? 200);
        }
        var attempt = delivery.Attempts + 1;
        var outcome = result.Outcome == WebhookOutcome.Gone ? WebhookAttemptOutcome.Gone : WebhookAttemptOutcome.Failed;
        var retryAfter =
            outcome == WebhookAttemptOutcome.Failed ? schedule.DelayBefore(attempt + 1, Random.Shared) : null;
        await mediator.Send(
            new RecordWebhookAttempt(delivery.Id, outcome, result.StatusCode, result.Reason, retryAfter),
            CancellationToken.None // the attempt happened: record it even while the host stops
        );
        return null;
    }
}
