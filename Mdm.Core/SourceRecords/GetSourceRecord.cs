using System.Text.Json;
using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.SourceRecords;

public sealed record GetSourceRecord(string SourceSystem, string SourceId) : IQuery<SourceRecordView?>;

/// <summary>A stored source record: what was received, and where it is linked.</summary>
public sealed record SourceRecordView(
    string SourceSystem,
    string SourceId,
    int Version,
    Guid? GoldenId,
    string? LinkClass,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? SourceUpdatedAt,
    JsonElement Payload
);

public sealed class GetSourceRecordHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<GetSourceRecord, SourceRecordView?>
{
    public async ValueTask<SourceRecordView?> Handle(GetSourceRecord query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db
            .SourceRecords.AsNoTracking()
            .Where(s => s.SourceSystem == query.SourceSystem && s.SourceId == query.SourceId && s.DetachedAt == null)
            .GroupJoin(db.Links, s => s.Id, l => l.SourceRecordId, (s, links) => new { s, links })
            .SelectMany(x => x.links.DefaultIfEmpty(), (x, l) => new { x.s, l })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var s = found.s;
        return new SourceRecordView(
            s.SourceSystem,
            s.SourceId,
            s.Version,
            found.l?.GoldenId,
            found.l?.LinkClass,
            s.ReceivedAt,
            s.SourceUpdatedAt,
            s.Payload.RootElement.Clone()
        );
    }
}
