using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.GoldenRecords;

/// <summary>The live source records linked to a golden record, with their link and payload (empty when none).</summary>
public sealed record ListGoldenSources(Guid GoldenId) : IQuery<IReadOnlyList<GoldenSourceRecord>>;

public sealed class ListGoldenSourcesHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<ListGoldenSources, IReadOnlyList<GoldenSourceRecord>>
{
    public async ValueTask<IReadOnlyList<GoldenSourceRecord>> Handle(
        ListGoldenSources query,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await GoldenSources.LoadAsync(db, [query.GoldenId], cancellationToken);
    }
}
