using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.GoldenRecords;

/// <summary>Where a golden id's data lives now: the id itself, or the survivor at the end of its merges.</summary>
internal static class GoldenSurvivor
{
    private const int MaxHops = 100;

    /// <summary>Follows merges without locks: merged is a final status, so a chain once read never changes.</summary>
    public static async Task<Guid?> FollowAsync(MdmDbContext db, Guid goldenId, CancellationToken ct)
    {
        var id = goldenId;
        for (var hop = 0; hop < MaxHops; hop++)
        {
            var golden = await db
                .GoldenRecords.AsNoTracking()
                .Where(g => g.Id == id)
                .Select(g => new { g.Status, g.MergedInto })
                .SingleOrDefaultAsync(ct);
            if (golden is null)
            {
                return null;
            }
            if (golden.Status != GoldenStatus.Merged || golden.MergedInto is not { } next)
            {
                return id;
            }
            id = next;
        }
        return id;
    }

    /// <summary>Locks the survivor for a change and loads it tracked; null when the id is unknown.</summary>
    public static async Task<GoldenRecord?> LockAsync(MdmDbContext db, Guid goldenId, CancellationToken ct)
    {
        var id = await FollowAsync(db, goldenId, ct);
        for (var hop = 0; id is { } current && hop < MaxHops; hop++)
        {
            await AdvisoryLocks.LockGoldenRecordsAsync(db, [current], ct);
            var golden = await db.GoldenRecords.SingleAsync(g => g.Id == current, ct);
            if (golden.Status != GoldenStatus.Merged || golden.MergedInto is not { } next)
            {
                return golden;
            }
            // Merged between the read and the lock: follow on to the new survivor.
            id = await FollowAsync(db, next, ct);
        }
        return null;
    }
}
