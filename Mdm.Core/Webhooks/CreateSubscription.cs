using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Webhooks;

/// <summary>Registers a receiver; its signing secret is returned once, here, and never listed again.</summary>
public sealed record CreateSubscription(string Url, IReadOnlyList<string> EventTypes, string? Description, Actor Actor)
    : ICommand<CreateSubscriptionResult>;

/// <summary>Either the new subscription and its secret, or errors per request field (<c>url</c>, <c>eventTypes</c>).</summary>
public sealed record CreateSubscriptionResult(
    SubscriptionView? Subscription,
    string? Secret,
    IReadOnlyDictionary<string, string[]> Errors
);

public sealed class CreateSubscriptionHandler(
    IDbContextFactory<MdmDbContext> dbFactory,
    WebhookUrlPolicy urlPolicy,
    TimeProvider time
) : ICommandHandler<CreateSubscription, CreateSubscriptionResult>
{
    public async ValueTask<CreateSubscriptionResult> Handle(
        CreateSubscription command,
        CancellationToken cancellationToken
    )
    {
        var errors = await SubscriptionRules.CheckAsync(urlPolicy, command.Url, command.EventTypes, cancellationToken);
        if (errors.Count > 0)
        {
            return new CreateSubscriptionResult(null, null, errors);
        }
        var now = time.GetUtcNow();
        var row = new WebhookSubscription
        {
            Id = Guid.CreateVersion7(now),
            Url = command.Url,
            EventTypes = SubscriptionRules.Normalize(command.EventTypes),
            Description = command.Description,
            Secret = StandardWebhookSignature.NewSecret(),
            Status = WebhookSubscriptionStatus.Active,
            CreatedBy = command.Actor.Name,
            CreatedAt = now,
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.WebhookSubscriptions.Add(row);
        // The host only: a receiver URL can carry a token in its path or query, and the secret never goes here.
        Audit.Record(
            db,
            command.Actor,
            "subscription.created",
            "subscription",
            row.Id.ToString(),
            new Uri(row.Url).Host,
            now
        );
        await db.SaveChangesAsync(cancellationToken);
        return new CreateSubscriptionResult(SubscriptionView.From(row), row.Secret, errors);
    }
}
