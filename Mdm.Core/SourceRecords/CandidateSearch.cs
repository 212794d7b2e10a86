using Mdm.Core.Persistence;
using Mdm.Matching;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.SourceRecords;

/// <summary>
/// Finds the active golden records holding a live source record that shares a blocking key with the probe,
/// oldest first, each with all its live members so it is matched as a whole.
/// </summary>
internal static class CandidateSearch
{
    public const int MaxCandidates = 20;

    public static async Task<IReadOnlyList<GoldenCandidate>> FindAsync(
        MdmDbContext db,
        IReadOnlyList<string> keys,
        long excludeSourceRecordId,
        CancellationToken ct
    )
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var keyArray = keys.ToArray();
        var goldenIds = await db
            .SourceRecords.Where(s =>
                s.DetachedAt == null && s.Id != excludeSourceRecordId && s.MatchKeys.Any(k => keyArray.Contains(k))
            )
            .Join(db.Links, s => s.Id, l => l.SourceRecordId, (s, l) => l.GoldenId)
            .Join(db.GoldenRecords.Where(g => g.Status == GoldenStatus.Active), id => id, g => g.Id, (id, g) => g)
            .Distinct()
            .OrderBy(g => g.CreatedAt)
            .ThenBy(g => g.Id)
            .Select(g => g.Id)
            .Take(MaxCandidates)
            .ToListAsync(ct);
        var members = await db
            .Links.Where(l => goldenIds.Contains(l.GoldenId))
            .Join(
                db.SourceRecords.Where(s => s.DetachedAt == null),
                l => l.SourceRecordId,
                s => s.Id,
                (l, s) => new { l.GoldenId, s }
            )
            .ToListAsync(ct);
        return goldenIds
            .Select(id => new GoldenCandidate(
                id.ToString(),
                members.Where(m => m.GoldenId == id).Select(m => SourceRecordNormalizer.FromRow(m.s)).ToList()
            ))
            .ToList();
    }
}
