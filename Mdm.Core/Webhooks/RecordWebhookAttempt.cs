using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Webhooks;

public enum WebhookAttemptOutcome
{
    Delivered,
    Failed,

    /// <summary>The receiver answered 410 Gone: its subscription is disabled and nothing more is sent to it.</summary>
    Gone,
}

/// <summary>
/// The result of one attempt of a claimed delivery. A failure is retried after <paramref name="RetryAfter"/>, or
/// dead-lettered when it is null (the retry schedule is spent). <paramref name="Reason"/> never holds personal data.
/// </summary>
public sealed record RecordWebhookAttempt(
    long DeliveryId,
    WebhookAttemptOutcome Outcome,
    int? StatusCode,
    string? Reason,
    TimeSpan? RetryAfter
) : ICommand;

public sealed class RecordWebhookAttemptHandler(IDbContextFactory<MdmDbContext> dbFactory, TimeProvider time)
    : ICommandHandler<RecordWebhookAttempt>
{
    public async ValueTask<Unit> Handle(RecordWebhookAttempt command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var delivery = db.WebhookDeliveries.Where(d =>
            d.Id == command.DeliveryId && d.Status == WebhookDeliveryStatus.Pending
        );
        var reason = command.Reason is { Length: > 500 } text ? text[..500] : command.Reason;
        if (command.Outcome == WebhookAttemptOutcome.Gone)
        {
            await db.InTransactionAsync(ct => DisableAsync(db, command.DeliveryId, now, ct), cancellationToken);
            return Unit.Value;
        }
        var status =
            command.Outcome == WebhookAttemptOutcome.Delivered ? WebhookDeliveryStatus.Delivered
            : command.RetryAfter is null ? WebhookDeliveryStatus.Dead
            : WebhookDeliveryStatus.Pending;
        DateTimeOffset? retryAt = command.RetryAfter is { } wait ? now + wait : null;
        await delivery.ExecuteUpdateAsync(
            u =>
                u.SetProperty(d => d.Status, status)
                    .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                    .SetProperty(d => d.LastStatusCode, command.StatusCode)
                    .SetProperty(d => d.LastError, reason)
                    .SetProperty(d => d.LockedUntil, (DateTimeOffset?)null)
                    .SetProperty(d => d.NextAttemptAt, d => retryAt ?? d.NextAttemptAt)
                    .SetProperty(
                        d => d.DeliveredAt,
                        d => status == WebhookDeliveryStatus.Delivered ? now : d.DeliveredAt
                    ),
            cancellationToken
        );
        return Unit.Value;
    }

    private static async Task<bool> DisableAsync(
        MdmDbContext db,
        long deliveryId,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        var subscriptionId = await db
            .WebhookDeliveries.Where(d => d.Id == deliveryId)
            .Select(d => d.SubscriptionId)
            .SingleAsync(ct);
        var subscription = await db.WebhookSubscriptions.SingleAsync(s => s.Id == subscriptionId, ct);
        await db
            .WebhookDeliveries.Where(d => d.Id == deliveryId)
            .ExecuteUpdateAsync(
                u => u.SetProperty(d => d.LastStatusCode, 410).SetProperty(d => d.Attempts, d => d.Attempts + 1),
                ct
            );
        await SubscriptionPause.DisableAsync(db, subscription, now, ct);
        Audit.Record(
            db,
            Actor.System,
            "subscription.disabled",
            "subscription",
            subscriptionId.ToString(),
            "receiver answered 410 Gone",
            now
        );
        await db.SaveChangesAsync(ct);
        return true;
    }
}
