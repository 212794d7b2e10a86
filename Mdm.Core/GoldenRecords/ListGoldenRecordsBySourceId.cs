using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.GoldenRecords;

/// <summary>
/// The golden records holding a live source record whose id is <paramref name="Text"/> in any source system, or, when
/// the text reads <c>system/sourceId</c>, that source record: a steward pastes an id from a channel system.
/// </summary>
public sealed record ListGoldenRecordsBySourceId(string Text) : IQuery<IReadOnlyList<GoldenRecordView>>;

public sealed class ListGoldenRecordsBySourceIdHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<ListGoldenRecordsBySourceId, IReadOnlyList<GoldenRecordView>>
{
    // One id shared by many systems is a handful of rows; a cap keeps a pathological id ("1") cheap.
    private const int MaxResults = 50;

    public async ValueTask<IReadOnlyList<GoldenRecordView>> Handle(
        ListGoldenRecordsBySourceId query,
        CancellationToken cancellationToken
    )
    {
        var text = query.Text.Trim();
        if (text.Length == 0)
        {
            return [];
        }
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var system = slash > 0 ? text[..slash] : null;
        var id = slash > 0 ? text[(slash + 1)..] : null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var holders = db
            .SourceRecords.Where(s =>
                s.DetachedAt == null && (s.SourceId == text || (s.SourceSystem == system && s.SourceId == id))
            )
            .Join(db.Links, s => s.Id, l => l.SourceRecordId, (s, l) => l.GoldenId);
        var goldens = await db
            .GoldenRecords.AsNoTracking()
            .Where(g => holders.Contains(g.Id))
            .OrderBy(g => g.Id)
            .Take(MaxResults)
            .ToListAsync(cancellationToken);
        return goldens.Select(GoldenRecordView.From).ToList();
    }
}
