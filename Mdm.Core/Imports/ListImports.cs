using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Imports;

/// <summary>The most recent imports, newest first, for a list of imports; optionally of one source system only.</summary>
public sealed record ListImports(int Limit, string? SourceSystem = null) : IQuery<IReadOnlyList<ImportView>>;

public sealed class ListImportsHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<ListImports, IReadOnlyList<ImportView>>
{
    public async ValueTask<IReadOnlyList<ImportView>> Handle(ListImports query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // A reconciliation's extract is read as an import but listed with the reconciliation runs.
        var imports = db.Imports.AsNoTracking().Where(i => !db.ReconciliationRuns.Any(r => r.Id == i.Id));
        if (query.SourceSystem is { } system)
        {
            imports = imports.Where(i => i.SourceSystem == system);
        }
        return await imports
            .OrderByDescending(i => i.CreatedAt)
            .ThenByDescending(i => i.Id)
            .Take(query.Limit)
            .Select(ImportView.FromRow)
            .ToListAsync(cancellationToken);
    }
}
