using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Mdm.Matching;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Matching;

/// <summary>Loads the live source records of golden records, normalized for the matcher.</summary>
internal static class GoldenMembers
{
    /// <summary>Active golden records among <paramref name="goldenIds"/>, each with its members; others are absent.</summary>
    public static async Task<Dictionary<Guid, List<MatchRecord>>> LoadAsync(
        MdmDbContext db,
        IReadOnlyCollection<Guid> goldenIds,
        CancellationToken ct
    )
    {
        var rows = await db
            .Links.AsNoTracking()
            .Where(l => goldenIds.Contains(l.GoldenId))
            .Join(db.GoldenRecords.Where(g => g.Status == GoldenStatus.Active), l => l.GoldenId, g => g.Id, (l, g) => l)
            .Join(
                db.SourceRecords.Where(s => s.DetachedAt == null),
                l => l.SourceRecordId,
                s => s.Id,
                (l, s) => new { l.GoldenId, s }
            )
            .ToListAsync(ct);
        return rows.GroupBy(r => r.GoldenId)
            .ToDictionary(g => g.Key, g => g.Select(r => SourceRecordNormalizer.ToMatchRecord(r.s)).ToList());
    }
}
