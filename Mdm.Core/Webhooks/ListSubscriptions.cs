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
    DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt
)
{
    public static SubscriptionView From(WebhookSubscription s) =>
        new(s.Id, s.Url, s.EventTypes, s.Description, s.Status, s.CreatedAt, s.DisabledAt);
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
        var rows = await db
            .WebhookSubscriptions.AsNoTracking()
            .Where(s => s.DeletedAt == null)
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(SubscriptionView.From).ToList();
    }
}
