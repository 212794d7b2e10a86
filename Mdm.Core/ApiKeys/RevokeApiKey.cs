using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.ApiKeys;

/// <summary>Revokes a key at once; false when there is no such live key.</summary>
public sealed record RevokeApiKey(Guid Id, Actor Actor) : ICommand<bool>;

public sealed class RevokeApiKeyHandler(IDbContextFactory<MdmDbContext> dbFactory, TimeProvider time)
    : ICommandHandler<RevokeApiKey, bool>
{
    public async ValueTask<bool> Handle(RevokeApiKey command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(
            k => k.Id == command.Id && k.RevokedAt == null,
            cancellationToken
        );
        if (key is null)
        {
            return false;
        }
        var now = time.GetUtcNow();
        key.RevokedAt = now;
        Audit.Record(db, command.Actor, "api-key.revoked", "api-key", key.Id.ToString(), key.Name, now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
