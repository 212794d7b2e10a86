using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Reconciliation;

/// <summary>One run's status and counts with a first page of items, optionally of one outcome; null if unknown.</summary>
public sealed record GetReconciliationRun(Guid RunId, int ItemLimit = 100, string? Outcome = null)
    : IQuery<ReconciliationView?>;

public sealed class GetReconciliationRunHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<GetReconciliationRun, ReconciliationView?>
{
    public async ValueTask<ReconciliationView?> Handle(GetReconciliationRun query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var view = await ReconciliationView.Query(db, i => i.Id == query.RunId).SingleOrDefaultAsync(cancellationToken);
        if (view is null || query.ItemLimit <= 0)
        {
            return view;
        }
        var page = await ReconciliationItemPages.ReadAsync(
            db,
            view,
            new ReconciliationItemQuery(query.Outcome, query.ItemLimit, null),
            cancellationToken
        );
        return view with { Items = page.Items, ItemsNext = page.Next };
    }
}
