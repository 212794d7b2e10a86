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
        var row = await db
            .WebhookSubscriptions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == query.Id && s.DeletedAt == null, cancellationToken);
        return row is null ? null : SubscriptionView.From(row);
    }
}
