using System.Text.Json;
using Mdm.Core.GoldenRecords;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Webhooks;

/// <summary>
/// Leases up to <paramref name="Batch"/> deliveries that are due, for <paramref name="Lease"/>: at most one per
/// subscription and golden record, and only the lowest sequence still pending (nor any earlier event still waiting
/// for fan-out), so a golden record's events reach each receiver in order. A worker that dies lets its lease lapse;
/// the delivery is then claimed again with the same webhook id.
/// </summary>
public sealed record ClaimWebhookDeliveries(int Batch, TimeSpan Lease) : ICommand<IReadOnlyList<ClaimedDelivery>>;

/// <summary>What a worker needs to send one delivery: where, the secret, the webhook id and the body.</summary>
public sealed record ClaimedDelivery(
    long Id,
    Guid SubscriptionId,
    string Url,
    string Secret,
    string WebhookId,
    int Attempts,
    string Body
);

public sealed class ClaimWebhookDeliveriesHandler(IDbContextFactory<MdmDbContext> dbFactory, TimeProvider time)
    : ICommandHandler<ClaimWebhookDeliveries, IReadOnlyList<ClaimedDelivery>>
{
    public async ValueTask<IReadOnlyList<ClaimedDelivery>> Handle(
        ClaimWebhookDeliveries command,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var ids = await db
            .Database.SqlQuery<long>(
                $"""
                UPDATE webhook_deliveries d SET locked_until = {now + command.Lease}
                WHERE d.id IN (
                    SELECT c.id FROM webhook_deliveries c
                    WHERE c.status = {WebhookDeliveryStatus.Pending} AND c.next_attempt_at <= {now}
                      AND (c.locked_until IS NULL OR c.locked_until < {now})
                      AND EXISTS (SELECT 1 FROM webhook_subscriptions s
                                  WHERE s.id = c.subscription_id AND s.status = {WebhookSubscriptionStatus.Active})
                      AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p
                                      WHERE p.subscription_id = c.subscription_id AND p.golden_id = c.golden_id
                                        AND p.sequence < c.sequence AND p.status = {WebhookDeliveryStatus.Pending})
                      AND NOT EXISTS (SELECT 1 FROM change_events e
                                      WHERE e.golden_id = c.golden_id AND e.sequence < c.sequence
                                        AND e.fanned_out_at IS NULL)
                    ORDER BY c.next_attempt_at, c.id
                    LIMIT {command.Batch}
                    FOR UPDATE SKIP LOCKED)
                RETURNING d.id AS "Value"
                """
            )
            .ToListAsync(cancellationToken);
        var rows = await db
            .WebhookDeliveries.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .Join(
                db.WebhookSubscriptions,
                d => d.SubscriptionId,
                s => s.Id,
                (d, s) =>
                    new
                    {
                        d,
                        s.Url,
                        s.Secret,
                    }
            )
            .Join(
                db.ChangeEvents,
                x => x.d.EventPosition,
                e => e.Position,
                (x, e) =>
                    new
                    {
                        x.d,
                        x.Url,
                        x.Secret,
                        e,
                    }
            )
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.d.Id)
            .Select(r => new ClaimedDelivery(
                r.d.Id,
                r.d.SubscriptionId,
                r.Url,
                r.Secret,
                r.d.WebhookId,
                r.d.Attempts,
                Body(r.e)
            ))
            .ToList();
    }

    // The same shape as an item of the change feed (GET /changes), so a receiver can use either.
    private static string Body(ChangeEvent e) =>
        JsonSerializer.Serialize(
            new ChangeItem(e.Position, e.Id, e.GoldenId, e.Sequence, e.Type, e.CreatedAt, e.Data.RootElement),
            SourceRecordJson.Options
        );
}
