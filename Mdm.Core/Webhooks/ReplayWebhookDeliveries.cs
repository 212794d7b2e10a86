using System.Text.Json;
using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Webhooks;

/// <summary>
/// Sends a subscription's finished deliveries again — those created at or after <paramref name="Since"/>, or the
/// ones listed in <paramref name="DeliveryIds"/> (exactly one of the two). Each keeps its webhook id, so a receiver
/// that already has it drops the repeat; deliveries still pending are left as they are.
/// </summary>
public sealed record ReplayWebhookDeliveries(
    Guid SubscriptionId,
    DateTimeOffset? Since,
    IReadOnlyList<long>? DeliveryIds,
    Actor Actor
) : ICommand<ReplayOutcome>;

public enum ReplayResult
{
    Replayed,
    SubscriptionNotFound,

    /// <summary>The subscription is disabled or deleted: nothing would be sent.</summary>
    SubscriptionInactive,

    /// <summary>Some ids are not deliveries of this subscription; listed in <see cref="ReplayOutcome.ForeignIds"/>.</summary>
    ForeignIds,
}

public sealed record ReplayOutcome(ReplayResult Result, int Replayed = 0, IReadOnlyList<long>? ForeignIds = null);

public sealed class ReplayWebhookDeliveriesHandler(IDbContextFactory<MdmDbContext> dbFactory, TimeProvider time)
    : ICommandHandler<ReplayWebhookDeliveries, ReplayOutcome>
{
    private static readonly string[] Replayable =
    [
        WebhookDeliveryStatus.Dead,
        WebhookDeliveryStatus.Delivered,
        WebhookDeliveryStatus.Cancelled,
    ];

    public async ValueTask<ReplayOutcome> Handle(ReplayWebhookDeliveries command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.InTransactionAsync(ct => ReplayAsync(db, command, ct), cancellationToken);
    }

    private async Task<ReplayOutcome> ReplayAsync(
        MdmDbContext db,
        ReplayWebhookDeliveries command,
        CancellationToken ct
    )
    {
        var subscription = await db
            .WebhookSubscriptions.Where(s => s.Id == command.SubscriptionId)
            .Select(s => new { s.Status, s.DeletedAt })
            .SingleOrDefaultAsync(ct);
        if (subscription is null)
        {
            return new ReplayOutcome(ReplayResult.SubscriptionNotFound);
        }
        if (subscription.DeletedAt is not null || subscription.Status != WebhookSubscriptionStatus.Active)
        {
            return new ReplayOutcome(ReplayResult.SubscriptionInactive);
        }
        var ids = command.DeliveryIds?.Distinct().ToList();
        if (ids is not null)
        {
            var own = await db
                .WebhookDeliveries.Where(d => d.SubscriptionId == command.SubscriptionId && ids.Contains(d.Id))
                .Select(d => d.Id)
                .ToListAsync(ct);
            if (ids.Except(own).Order().ToList() is { Count: > 0 } foreign)
            {
                return new ReplayOutcome(ReplayResult.ForeignIds, ForeignIds: foreign);
            }
        }
        var now = time.GetUtcNow();
        // One statement; it re-checks the subscription so a delete racing with the replay wins.
        var replayed = await db
            .WebhookDeliveries.Where(d =>
                d.SubscriptionId == command.SubscriptionId
                && Replayable.Contains(d.Status)
                && (ids == null || ids.Contains(d.Id))
                && (command.Since == null || d.CreatedAt >= command.Since)
                && db.WebhookSubscriptions.Any(s =>
                    s.Id == d.SubscriptionId && s.Status == WebhookSubscriptionStatus.Active && s.DeletedAt == null
                )
            )
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(d => d.Status, WebhookDeliveryStatus.Pending)
                        .SetProperty(d => d.NextAttemptAt, now)
                        .SetProperty(d => d.Attempts, 0)
                        .SetProperty(d => d.LastError, (string?)null)
                        .SetProperty(d => d.LastStatusCode, (int?)null)
                        .SetProperty(d => d.LockedUntil, (DateTimeOffset?)null)
                        .SetProperty(d => d.DeliveredAt, (DateTimeOffset?)null),
                ct
            );
        var details = JsonSerializer.SerializeToDocument(
            new
            {
                replayed,
                since = command.Since,
                deliveryIds = ids,
            }
        );
        Audit.Record(
            db,
            command.Actor,
            "subscription.replayed",
            "subscription",
            command.SubscriptionId.ToString(),
            null,
            now,
            details
        );
        await db.SaveChangesAsync(ct);
        return new ReplayOutcome(ReplayResult.Replayed, replayed);
    }
}
