using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Overview;

/// <summary>How many live source records the active golden records consolidate.</summary>
internal static class GoldenRecordSources
{
    /// <summary>Buckets 1 to 5 (five or more), zeros included.</summary>
    public static async Task<IReadOnlyList<SourceCountBucket>> CountAsync(MdmDbContext db, CancellationToken ct)
    {
        const int Largest = 5;
        var counts = await db
            .GoldenRecords.Where(g => g.Status == GoldenStatus.Active)
            .Select(g =>
                db.Links.Count(l =>
                    l.GoldenId == g.Id && db.SourceRecords.Any(s => s.Id == l.SourceRecordId && s.DetachedAt == null)
                )
            )
            .GroupBy(sources => sources >= Largest ? Largest : sources)
            .Select(g => new { Sources = g.Key, GoldenRecords = g.Count() })
            .ToDictionaryAsync(x => x.Sources, x => x.GoldenRecords, ct);
        return Enumerable.Range(1, Largest).Select(n => new SourceCountBucket(n, counts.GetValueOrDefault(n))).ToList();
    }
}
