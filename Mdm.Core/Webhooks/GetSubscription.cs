using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Webhooks;

/// <summary>One live subscription without its secret; null when unknown or deleted.</summary>
public sealed record GetSubscription(Guid Id) : IQuery<SubscriptionView?>;

public sealed class GetSubscriptionHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<GetSubscription, SubscriptionView?>
{
    public async ValueTask<SubscriptionView?> Handle(GetSubscription query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db
            .WebhookSubscriptions.AsNoTracking()
            .Where(s => s.Id == query.Id && s.DeletedAt == null)
            .Select(s => new SubscriptionView(s.Id, s.Url, s.EventTypes, s.Description, s.Status, s.CreatedAt))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
