using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.ApiKeys;

/// <summary>Creates a key; the clear key is returned once and stored only as a hash.</summary>
public sealed record CreateApiKey(
    string Name,
    string? SourceSystem,
    IReadOnlyList<string> Scopes,
    int? RequestsPerMinute,
    Actor Actor
) : ICommand<CreateApiKeyResult>;

/// <summary>Either the new key, or <see cref="UnknownSourceSystem"/>.</summary>
public sealed record CreateApiKeyResult(Guid Id, string? Key, bool UnknownSourceSystem);

public sealed class CreateApiKeyHandler(IDbContextFactory<MdmDbContext> dbFactory, TimeProvider time)
    : ICommandHandler<CreateApiKey, CreateApiKeyResult>
{
    public async ValueTask<CreateApiKeyResult> Handle(CreateApiKey command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (
            command.SourceSystem is { } system
            && !await db.SourceSystems.AnyAsync(s => s.Code == system, cancellationToken)
        )
        {
            return new CreateApiKeyResult(Guid.Empty, null, UnknownSourceSystem: true);
        }
        var now = time.GetUtcNow();
        var key = ApiKeySecrets.NewKey();
        var row = new ApiKey
        {
            Id = Guid.CreateVersion7(now),
            Name = command.Name,
            KeyHash = ApiKeySecrets.Hash(key),
            SourceSystem = command.SourceSystem,
            Scopes = command.Scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            RequestsPerMinute = command.RequestsPerMinute,
            CreatedAt = now,
        };
        db.ApiKeys.Add(row);
        Audit.Record(db, command.Actor, "api-key.created", "api-key", row.Id.ToString(), command.Name, now);
        await db.SaveChangesAsync(cancellationToken);
        return new CreateApiKeyResult(row.Id, key, UnknownSourceSystem: false);
    }
}
