using Mdm.Core.Webhooks;
using Mediator;

namespace Mdm.Sync.Webhooks;

/// <summary>One attempt of one claimed delivery: send it, then record the outcome and, on failure, when to retry.</summary>
public sealed class WebhookAttempts(
    IMediator mediator,
    WebhookSender sender,
    WebhookRetrySchedule schedule,
    TimeProvider time
)
{
    public async Task DeliverAsync(ClaimedDelivery delivery, CancellationToken ct)
    {
        var message = new WebhookMessage(
            new Uri(delivery.Url),
            delivery.Secret,
            delivery.WebhookId,
            time.GetUtcNow(),
            delivery.Body
        );
        var result = await sender.SendAsync(message, ct);
        var attempt = delivery.Attempts + 1;
        var outcome = result.Outcome switch
        {
            WebhookOutcome.Delivered => WebhookAttemptOutcome.Delivered,
            WebhookOutcome.Gone => WebhookAttemptOutcome.Gone,
            _ => WebhookAttemptOutcome.Failed,
        };
        var retryAfter =
            outcome == WebhookAttemptOutcome.Failed ? schedule.DelayBefore(attempt + 1, Random.Shared) : null;
        await mediator.Send(
            new RecordWebhookAttempt(delivery.Id, outcome, result.StatusCode, result.Reason, retryAfter),
            CancellationToken.None // the attempt happened: record it even while the host stops
        );
    }
}
