using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Webhooks;

/// <summary>
/// A subscription's deliveries, newest first, optionally of one status, after the cursor <paramref name="Before"/>
/// (a delivery id). Null when the subscription never existed; a deleted one keeps its history.
/// </summary>
public sealed record ListWebhookDeliveries(Guid SubscriptionId, string? Status, int Limit, long? Before)
    : IQuery<WebhookDeliveryPage?>;

/// <summary>What an operator sees of one delivery: state and outcome of its attempts, never the payload.</summary>
public sealed record WebhookDeliveryView(
    long Id,
    string WebhookId,
    Guid EventId,
    string EventType,
    Guid GoldenId,
    int Sequence,
    string Status,
    int Attempts,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt
);

/// <summary><see cref="Next"/> is the cursor for the following page, null on the last one.</summary>
public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDeliveryView> Items, long? Next);

public sealed class ListWebhookDeliveriesHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<ListWebhookDeliveries, WebhookDeliveryPage?>
{
    public async ValueTask<WebhookDeliveryPage?> Handle(
        ListWebhookDeliveries query,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.WebhookSubscriptions.AnyAsync(s => s.Id == query.SubscriptionId, cancellationToken))
        {
            return null;
        }
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == query.SubscriptionId);
        if (query.Status is { } status)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }
        if (query.Before is { } before)
        {
            deliveries = deliveries.Where(d => d.Id < before);
        }
        var rows = await deliveries
            .OrderByDescending(d => d.Id)
            .Take(query.Limit + 1)
            .Join(
                db.ChangeEvents,
                d => d.EventPosition,
                e => e.Position,
                (d, e) =>
                    new WebhookDeliveryView(
                        d.Id,
                        d.WebhookId,
                        e.Id,
                        e.Type,
                        d.GoldenId,
                        d.Sequence,
                        d.Status,
                        d.Attempts,
                        d.LastStatusCode,
                        d.LastError,
                        d.NextAttemptAt,
                        d.CreatedAt,
                        d.DeliveredAt
                    )
            )
            .ToListAsync(cancellationToken);
        rows = rows.OrderByDescending(r => r.Id).ToList();
        var more = rows.Count > query.Limit;
        var items = more ? rows[..query.Limit] : rows;
        return new WebhookDeliveryPage(items, more ? items[^1].Id : null);
    }
}
