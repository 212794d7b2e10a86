using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Webhooks;

/// <summary>
/// Stops a subscription at once: it is disabled and marked deleted, its row kept for the delivery history.
/// False when there is no such live subscription.
/// </summary>
public sealed record DeleteSubscription(Guid Id, Actor Actor) : ICommand<bool>;

public sealed class DeleteSubscriptionHandler(IDbContextFactory<MdmDbContext> dbFactory, TimeProvider time)
    : ICommandHandler<DeleteSubscription, bool>
{
    public async ValueTask<bool> Handle(DeleteSubscription command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var subscription = await db.WebhookSubscriptions.SingleOrDefaultAsync(
            s => s.Id == command.Id && s.DeletedAt == null,
            cancellationToken
        );
        if (subscription is null)
        {
            return false;
        }
        var now = time.GetUtcNow();
        subscription.Status = WebhookSubscriptionStatus.Disabled;
        subscription.DeletedAt = now;
        Audit.Record(db, command.Actor, "subscription.deleted", "subscription", subscription.Id.ToString(), null, now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
