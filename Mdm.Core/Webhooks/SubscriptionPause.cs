using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Webhooks;

/// <summary>
/// Disabling and re-enabling a subscription in the caller's transaction. Disabling remembers where the outbox stood, so
/// that re-enabling can send what the receiver missed meanwhile: the deliveries cancelled when it was disabled (with
/// their webhook ids) and one for every matching event fanned out while it was disabled.
/// </summary>
internal static class SubscriptionPause
{
    public static async Task DisableAsync(
        MdmDbContext db,
        WebhookSubscription subscription,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        // Every event after the oldest one not yet fanned out (or after the newest, when all are) may be fanned out
        // while this subscription is disabled.
        var firstUnfanned = await db
            .ChangeEvents.Where(e => e.FannedOutAt == null)
            .MinAsync(e => (long?)e.Position, ct);
        var newest = await db.ChangeEvents.MaxAsync(e => (long?)e.Position, ct) ?? 0;
        subscription.Status = WebhookSubscriptionStatus.Disabled;
        subscription.DisabledAt = now;
        subscription.ResumeAfterPosition = firstUnfanned is { } first ? first - 1 : newest;
        await db
            .WebhookDeliveries.Where(d =>
                d.SubscriptionId == subscription.Id && d.Status == WebhookDeliveryStatus.Pending
            )
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(d => d.Status, WebhookDeliveryStatus.Cancelled)
                        .SetProperty(d => d.LockedUntil, (DateTimeOffset?)null),
                ct
            );
    }

    /// <returns>How many deliveries are now pending to catch the receiver up.</returns>
    public static async Task<int> EnableAsync(
        MdmDbContext db,
        WebhookSubscription subscription,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        var requeued = await db
            .WebhookDeliveries.Where(d =>
                d.SubscriptionId == subscription.Id && d.Status == WebhookDeliveryStatus.Cancelled
            )
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(d => d.Status, WebhookDeliveryStatus.Pending)
                        .SetProperty(d => d.NextAttemptAt, now)
                        .SetProperty(d => d.LockedUntil, (DateTimeOffset?)null),
                ct
            );
        var after = subscription.ResumeAfterPosition ?? long.MaxValue;
        // Events still waiting for fan-out are left to it: the subscription is active again when this commits.
        var missed = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO webhook_deliveries
                (subscription_id, event_position, golden_id, sequence, webhook_id, status, attempts, next_attempt_at, created_at)
            SELECT {subscription.Id}, e.position, e.golden_id, e.sequence, 'msg_' || replace(e.id::text, '-', ''),
                   {WebhookDeliveryStatus.Pending}, 0, {now}, {now}
            FROM change_events e
            WHERE e.position > {after} AND e.fanned_out_at IS NOT NULL
              AND (cardinality({subscription.EventTypes}::text[]) = 0 OR e.type = ANY({subscription.EventTypes}))
            ON CONFLICT (subscription_id, event_position) DO NOTHING
            """,
            ct
        );
        subscription.Status = WebhookSubscriptionStatus.Active;
        subscription.DisabledAt = null;
        subscription.ResumeAfterPosition = null;
        return requeued + missed;
    }
}
