using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Reconciliation;

/// <summary>The most recent reconciliation runs, newest first; optionally of one source system only.</summary>
public sealed record ListReconciliationRuns(int Limit, string? SourceSystem = null)
    : IQuery<IReadOnlyList<ReconciliationView>>;

public sealed class ListReconciliationRunsHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<ListReconciliationRuns, IReadOnlyList<ReconciliationView>>
{
    public async ValueTask<IReadOnlyList<ReconciliationView>> Handle(
        ListReconciliationRuns query,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var system = query.SourceSystem;
        return await ReconciliationView
            .Query(db, i => system == null || i.SourceSystem == system)
            .Take(query.Limit)
            .ToListAsync(cancellationToken);
    }
}
