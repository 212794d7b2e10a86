using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.GoldenRecords;

/// <summary>A live source record as a steward sees it under its golden record, and how it came to be linked.</summary>
public sealed record GoldenSourceRecord(
    Guid GoldenId,
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

public static class GoldenSources
{
    /// <summary>The live source records of <paramref name="goldenIds"/> in one query, by system then source id.</summary>
    public static async Task<List<GoldenSourceRecord>> LoadAsync(
        MdmDbContext db,
        IReadOnlyCollection<Guid> goldenIds,
        CancellationToken ct
    )
    {
        var rows = await db
            .Links.AsNoTracking()
            .Where(l => goldenIds.Contains(l.GoldenId))
            .Join(
                db.SourceRecords.Where(s => s.DetachedAt == null),
                l => l.SourceRecordId,
                s => s.Id,
                (l, s) =>
                    new
                    {
                        l.GoldenId,
                        l.LinkClass,
                        l.CreatedBy,
                        l.CreatedAt,
                        s,
                    }
            )
            .OrderBy(x => x.s.SourceSystem)
            .ThenBy(x => x.s.SourceId)
            .ToListAsync(ct);
        return rows.Select(x => new GoldenSourceRecord(
                x.GoldenId,
                x.s.SourceSystem,
                x.s.SourceId,
                x.s.Version,
                x.s.ReceivedAt,
                x.s.SourceUpdatedAt,
                x.LinkClass,
                x.CreatedBy,
                x.CreatedAt,
                SourceRecordJson.Read(x.s.Payload.RootElement, x.s.SourceSystem, x.s.SourceId)
            ))
            .ToList();
    }
}
