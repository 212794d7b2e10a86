using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Webhooks;

/// <summary>A delivery its receiver accepted, with the 2xx status it answered.</summary>
public sealed record DeliveredWebhook(long DeliveryId, int StatusCode);

/// <summary>
/// Records a batch of accepted deliveries in one statement: the common case, so a worker does not pay a round trip per
/// delivery. Failures go through <see cref="RecordWebhookAttempt"/> one by one.
/// </summary>
public sealed record RecordDeliveredWebhooks(IReadOnlyList<DeliveredWebhook> Deliveries) : ICommand;

public sealed class RecordDeliveredWebhooksHandler(IDbContextFactory<MdmDbContext> dbFactory, TimeProvider time)
    : ICommandHandler<RecordDeliveredWebhooks>
{
    public async ValueTask<Unit> Handle(RecordDeliveredWebhooks command, CancellationToken cancellationToken)
    {
        if (command.Deliveries.Count == 0)
        {
            return Unit.Value;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = command.Deliveries.Select(d => d.DeliveryId).ToArray();
        var codes = command.Deliveries.Select(d => d.StatusCode).ToArray();
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE webhook_deliveries d
            SET status = {WebhookDeliveryStatus.Delivered}, attempts = d.attempts + 1, last_status_code = a.code,
                last_error = NULL, locked_until = NULL, delivered_at = {time.GetUtcNow()}
            FROM unnest({ids}, {codes}) AS a(id, code)
            WHERE d.id = a.id AND d.status = {WebhookDeliveryStatus.Pending}
            """,
            cancellationToken
        );
        return Unit.Value;
    }
}
