using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.GoldenRecords;

/// <summary>The live source records linked to a golden record, with their link and payload (empty when none).</summary>
public sealed record ListGoldenSources(Guid GoldenId) : IQuery<IReadOnlyList<GoldenSourceView>>;

/// <summary>One member of a golden record: the source record as last received and how it came to be linked.</summary>
public sealed record GoldenSourceView(
    string SourceSystem,
    string SourceId,
    int Version,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? SourceUpdatedAt,
    string LinkClass,
    string LinkedBy,
    DateTimeOffset LinkedAt,
    SourceRecordPayload Payload
);

public sealed class ListGoldenSourcesHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<ListGoldenSources, IReadOnlyList<GoldenSourceView>>
{
    public async ValueTask<IReadOnlyList<GoldenSourceView>> Handle(
        ListGoldenSources query,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var members = await db
            .SourceRecords.AsNoTracking()
            .Where(s => s.DetachedAt == null)
            .Join(
                db.Links.Where(l => l.GoldenId == query.GoldenId),
                s => s.Id,
                l => l.SourceRecordId,
                (s, l) => new { Link = l, Source = s }
            )
            .OrderBy(m => m.Source.SourceSystem)
            .ThenBy(m => m.Source.SourceId)
            .ToListAsync(cancellationToken);
        return members
            .Select(m => new GoldenSourceView(
                m.Source.SourceSystem,
                m.Source.SourceId,
                m.Source.Version,
                m.Source.ReceivedAt,
                m.Source.SourceUpdatedAt,
                m.Link.LinkClass,
                m.Link.CreatedBy,
                m.Link.CreatedAt,
                SourceRecordJson.Read(m.Source.Payload.RootElement, m.Source.SourceSystem, m.Source.SourceId)
            ))
            .ToList();
    }
}
