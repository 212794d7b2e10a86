using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Webhooks;

/// <summary>Live subscriptions, oldest first; never their secrets.</summary>
public sealed record ListSubscriptions : IQuery<IReadOnlyList<SubscriptionView>>;

/// <summary>What callers may see of a subscription: everything but the secret.</summary>
public sealed record SubscriptionView(
    Guid Id,
    string Url,
    IReadOnlyList<string> EventTypes,
    string? Description,
    string Status,
    DateTimeOffset CreatedAt
)
{
    public static SubscriptionView From(WebhookSubscription s) =>
        new(s.Id, s.Url, s.EventTypes, s.Description, s.Status, s.CreatedAt);
}

public sealed class ListSubscriptionsHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<ListSubscriptions, IReadOnlyList<SubscriptionView>>
{
    public async ValueTask<IReadOnlyList<SubscriptionView>> Handle(
        ListSubscriptions query,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db
            .WebhookSubscriptions.AsNoTracking()
            .Where(s => s.DeletedAt == null)
            .OrderBy(s => s.Id)
            .Select(s => new SubscriptionView(s.Id, s.Url, s.EventTypes, s.Description, s.Status, s.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
