using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Webhooks;

/// <summary>
/// Turns up to <paramref name="Batch"/> outbox events into one delivery per matching active subscription, and marks
/// them fanned out — one statement, so an event is fanned out exactly once. Workers claim events with
/// <c>FOR UPDATE SKIP LOCKED</c> (never "position greater than the last seen", which skips events whose transaction
/// commits late). Returns how many events it took.
/// </summary>
public sealed record FanOutChangeEvents(int Batch) : ICommand<int>;

public sealed class FanOutChangeEventsHandler(IDbContextFactory<MdmDbContext> dbFactory, TimeProvider time)
    : ICommandHandler<FanOutChangeEvents, int>
{
    public async ValueTask<int> Handle(FanOutChangeEvents command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        return await db.Database.ExecuteSqlAsync(
            $"""
            WITH claimed AS (
                SELECT position, id, golden_id, sequence, type FROM change_events
                WHERE fanned_out_at IS NULL ORDER BY position LIMIT {command.Batch}
                FOR UPDATE SKIP LOCKED
            ), deliveries AS (
                INSERT INTO webhook_deliveries
                    (subscription_id, event_position, golden_id, sequence, webhook_id, status, attempts, next_attempt_at, created_at)
                SELECT s.id, c.position, c.golden_id, c.sequence, 'msg_' || replace(c.id::text, '-', ''),
                       {WebhookDeliveryStatus.Pending}, 0, {now}, {now}
                FROM claimed c
                JOIN webhook_subscriptions s
                  ON s.status = {WebhookSubscriptionStatus.Active}
                 AND (cardinality(s.event_types) = 0 OR c.type = ANY(s.event_types))
                ON CONFLICT (subscription_id, event_position) DO NOTHING
            )
            UPDATE change_events SET fanned_out_at = {now} WHERE position IN (SELECT position FROM claimed)
            """,
            cancellationToken
        );
    }
}
