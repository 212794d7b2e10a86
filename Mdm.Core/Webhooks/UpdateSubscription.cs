using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Webhooks;

/// <summary>
/// Changes a live subscription: its URL (checked like a new one), event types, description, or status. Disabling stops
/// deliveries at once; enabling a disabled one (also one its receiver disabled with 410) sends what it missed
/// meanwhile, in order per golden record. Null fields are left as they are.
/// </summary>
public sealed record UpdateSubscription(
    Guid Id,
    string? Url,
    IReadOnlyList<string>? EventTypes,
    string? Description,
    string? Status,
    Actor Actor
) : ICommand<UpdateSubscriptionResult>;

/// <param name="Subscription">Null when there is no such live subscription or <paramref name="Errors"/> says why not.</param>
/// <param name="CatchingUp">Deliveries queued by re-enabling it.</param>
public sealed record UpdateSubscriptionResult(
    SubscriptionView? Subscription,
    IReadOnlyDictionary<string, string[]> Errors,
    int CatchingUp = 0
);

public sealed class UpdateSubscriptionHandler(
    IDbContextFactory<MdmDbContext> dbFactory,
    WebhookUrlPolicy urlPolicy,
    TimeProvider time
) : ICommandHandler<UpdateSubscription, UpdateSubscriptionResult>
{
    public async ValueTask<UpdateSubscriptionResult> Handle(
        UpdateSubscription command,
        CancellationToken cancellationToken
    )
    {
        var errors = await SubscriptionRules.CheckAsync(urlPolicy, command.Url, command.EventTypes, cancellationToken);
        if (command.Status is not (null or WebhookSubscriptionStatus.Active or WebhookSubscriptionStatus.Disabled))
        {
            errors["status"] = ["Must be 'active' or 'disabled'."];
        }
        if (errors.Count > 0)
        {
            return new(null, errors);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.InTransactionAsync(ct => UpdateAsync(db, command, ct), cancellationToken);
    }

    private async Task<UpdateSubscriptionResult> UpdateAsync(
        MdmDbContext db,
        UpdateSubscription command,
        CancellationToken ct
    )
    {
        var subscription = await db
            .WebhookSubscriptions.FromSql(
                $"SELECT * FROM webhook_subscriptions WHERE id = {command.Id} AND deleted_at IS NULL FOR UPDATE"
            )
            .SingleOrDefaultAsync(ct);
        if (subscription is null)
        {
            return new(null, new Dictionary<string, string[]>());
        }
        var now = time.GetUtcNow();
        subscription.Url = command.Url ?? subscription.Url;
        subscription.EventTypes = command.EventTypes is { } types
            ? SubscriptionRules.Normalize(types)
            : subscription.EventTypes;
        subscription.Description = command.Description ?? subscription.Description;
        var catchingUp = 0;
        if (command.Status == WebhookSubscriptionStatus.Disabled && subscription.Status != command.Status)
        {
            await SubscriptionPause.DisableAsync(db, subscription, now, ct);
        }
        else if (command.Status == WebhookSubscriptionStatus.Active && subscription.Status != command.Status)
        {
            catchingUp = await SubscriptionPause.EnableAsync(db, subscription, now, ct);
        }
        // The host only: a receiver URL can carry a token in its path or query.
        Audit.Record(
            db,
            command.Actor,
            "subscription.updated",
            "subscription",
            subscription.Id.ToString(),
            $"{new Uri(subscription.Url).Host}, {subscription.Status}",
            now
        );
        await db.SaveChangesAsync(ct);
        return new(SubscriptionView.From(subscription), new Dictionary<string, string[]>(), catchingUp);
    }
}
