using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Imports;

/// <summary>The lines from <paramref name="FromLine"/> to <paramref name="ToLine"/> that already have their result row.</summary>
public sealed record ListRecordedImportLines(Guid ImportId, long FromLine, long ToLine) : IQuery<IReadOnlySet<long>>;

public sealed class ListRecordedImportLinesHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<ListRecordedImportLines, IReadOnlySet<long>>
{
    public async ValueTask<IReadOnlySet<long>> Handle(
        ListRecordedImportLines query,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lines = await db
            .ImportLines.Where(l =>
                l.ImportId == query.ImportId && l.LineNo >= query.FromLine && l.LineNo <= query.ToLine
            )
            .Select(l => l.LineNo)
            .ToListAsync(cancellationToken);
        return lines.ToHashSet();
    }
}
