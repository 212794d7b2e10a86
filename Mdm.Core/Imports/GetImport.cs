using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Imports;

/// <summary>One import's status, progress and counts, with its first failed lines (contract §3 <c>GET /imports/{id}</c>).</summary>
/// <param name="ErrorLimit">How many failed lines to include (0 for none).</param>
public sealed record GetImport(Guid ImportId, int ErrorLimit = 100) : IQuery<ImportView?>;

public sealed class GetImportHandler(IDbContextFactory<MdmDbContext> dbFactory) : IQueryHandler<GetImport, ImportView?>
{
    public async ValueTask<ImportView?> Handle(GetImport query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var view = await db
            .Imports.AsNoTracking()
            .Where(i => i.Id == query.ImportId)
            .Select(ImportView.FromRow)
            .SingleOrDefaultAsync(cancellationToken);
        if (view is null || query.ErrorLimit <= 0)
        {
            return view;
        }
        var errors = await ImportErrorPages.ReadAsync(db, query.ImportId, query.ErrorLimit, null, cancellationToken);
        return view with { Errors = errors.Items, ErrorsNext = errors.Next };
    }
}
