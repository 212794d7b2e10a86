using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.ApiKeys;

/// <summary>Looks up a live key by its clear text (hashed here). Read on every request so a revocation takes effect at once.</summary>
public sealed record FindApiKey(string Key) : IQuery<ApiKeyIdentity?>;

public sealed record ApiKeyIdentity(
    Guid Id,
    string Name,
    string? SourceSystem,
    IReadOnlyList<string> Scopes,
    int? RequestsPerMinute
);

public sealed class FindApiKeyHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<FindApiKey, ApiKeyIdentity?>
{
    public async ValueTask<ApiKeyIdentity?> Handle(FindApiKey query, CancellationToken cancellationToken)
    {
        var hash = ApiKeySecrets.Hash(query.Key);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db
            .ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new ApiKeyIdentity(k.Id, k.Name, k.SourceSystem, k.Scopes, k.RequestsPerMinute))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
