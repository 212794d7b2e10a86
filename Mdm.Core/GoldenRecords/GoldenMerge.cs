using Mdm.Core.Consents;
using Mdm.Core.Matching;
using Mdm.Core.MatchReviews;
using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.GoldenRecords;

/// <summary>
/// Puts two golden records into one inside the caller's transaction, after <c>LockGoldenRecordsAsync</c>: the older id
/// survives, the other's source records move over (as steward links when a steward decided), the other answers
/// <c>merged</c> with <c>mergedInto</c>, open reviews and not-a-match decisions follow the survivor. Each golden record
/// gets a <c>golden.merged</c> event in its own sequence (the survivor's names <c>mergedIds</c>).
/// </summary>
internal static class GoldenMerge
{
    /// <summary>The older golden record survives a merge (ties by id); the same rule for the merge and its preview.</summary>
    public static (GoldenRecord Survivor, GoldenRecord Loser) SurvivorFirst(GoldenRecord a, GoldenRecord b) =>
        a.CreatedAt < b.CreatedAt || (a.CreatedAt == b.CreatedAt && a.Id.CompareTo(b.Id) < 0) ? (a, b) : (b, a);

    /// <returns>The surviving golden id.</returns>
    public static async Task<Guid> MergeAsync(
        MdmDbContext db,
        CandidateMatching matching,
        GoldenRecordWriter writer,
        GoldenRecord a,
        GoldenRecord b,
        Actor actor,
        string reason,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        var (survivor, loser) = SurvivorFirst(a, b);
        await db
            .Links.Where(l => l.GoldenId == loser.Id)
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(l => l.GoldenId, survivor.Id)
                        .SetProperty(l => l.LinkClass, LinkClass.Steward)
                        .SetProperty(l => l.CreatedBy, actor.Name)
                        .SetProperty(l => l.CreatedAt, now),
                ct
            );
        await FollowSurvivorAsync(db, loser.Id, survivor.Id, now, ct);
        var loserChange = GoldenRecordWriter.MarkMerged(db, loser, survivor.Id, actor, reason, now);
        var recomputation = await writer.RecomputeAsync(
            db,
            survivor,
            actor,
            reason,
            now,
            ct,
            ChangeEvents.Merged,
            new ChangeLinks(MergedIds: [loser.Id])
        );
        await db.SaveChangesAsync(ct);
        matching.Unindex(loserChange, loser.Id);
        matching.Index(recomputation, survivor);
        return survivor.Id;
    }

    /// <summary>Consents told for the merged-away record count for the survivor; per purpose and channel the latest wins.</summary>
    private static async Task MoveDirectConsentsAsync(MdmDbContext db, Guid loser, Guid survivor, CancellationToken ct)
    {
        var held = await db.DirectConsents.Where(c => c.GoldenId == survivor).ToListAsync(ct);
        foreach (var moving in await db.DirectConsents.Where(c => c.GoldenId == loser).ToListAsync(ct))
        {
            db.DirectConsents.Remove(moving);
            var kept = held.SingleOrDefault(c => c.Purpose == moving.Purpose && c.Channel == moving.Channel);
            var candidate = new GoldenConsent(
                moving.Purpose,
                moving.Channel,
                moving.Status,
                moving.CapturedAt,
                moving.Source
            );
            if (kept is null)
            {
                db.DirectConsents.Add(
                    new DirectConsent
                    {
                        GoldenId = survivor,
                        Purpose = moving.Purpose,
                        Channel = moving.Channel,
                        Status = moving.Status,
                        CapturedAt = moving.CapturedAt,
                        Source = moving.Source,
                        RecordedBy = moving.RecordedBy,
                        RecordedAt = moving.RecordedAt,
                    }
                );
            }
            else if (RecordConsentHandler.Supersedes(candidate, kept))
            {
                kept.Status = moving.Status;
                kept.CapturedAt = moving.CapturedAt;
                kept.Source = moving.Source;
                kept.RecordedBy = moving.RecordedBy;
                kept.RecordedAt = moving.RecordedAt;
            }
        }
    }

    private static async Task FollowSurvivorAsync(
        MdmDbContext db,
        Guid loser,
        Guid survivor,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        var reviews = await db
            .MatchReviews.Where(r =>
                r.Status == MatchReviewStatus.Open && (r.GoldenIdA == loser || r.GoldenIdB == loser)
            )
            .ToListAsync(ct);
        foreach (var review in reviews)
        {
            review.GoldenIdA = review.GoldenIdA == loser ? survivor : review.GoldenIdA;
            review.GoldenIdB = review.GoldenIdB == loser ? survivor : review.GoldenIdB;
            if (review.GoldenIdA == review.GoldenIdB)
            {
                review.Status = MatchReviewStatus.Superseded;
                review.DecidedAt = now;
            }
            review.Version++;
        }
        // A steward's pin on the merged-away record still says what the steward knows, unless the survivor has its own.
        var survivorPins = await db
            .GoldenPins.Where(p => p.GoldenId == survivor)
            .Select(p => p.Attribute)
            .ToListAsync(ct);
        var loserPins = await db.GoldenPins.Where(p => p.GoldenId == loser).ToListAsync(ct);
        foreach (var pin in loserPins)
        {
            db.GoldenPins.Remove(pin);
            if (!survivorPins.Contains(pin.Attribute))
            {
                db.GoldenPins.Add(
                    new GoldenPin
                    {
                        GoldenId = survivor,
                        Attribute = pin.Attribute,
                        Value = pin.Value,
                        PinnedBy = pin.PinnedBy,
                        PinnedAt = pin.PinnedAt,
                    }
                );
            }
        }
        await MoveDirectConsentsAsync(db, loser, survivor, ct);
        var exclusions = await db
            .MatchExclusions.Where(x => x.GoldenIdLow == loser || x.GoldenIdHigh == loser)
            .ToListAsync(ct);
        foreach (var exclusion in exclusions)
        {
            var other = exclusion.GoldenIdLow == loser ? exclusion.GoldenIdHigh : exclusion.GoldenIdLow;
            db.MatchExclusions.Remove(exclusion);
            if (other != survivor)
            {
                await MatchExclusions.AddAsync(db, survivor, other, exclusion.DecidedBy, exclusion.Reason, now, ct);
            }
        }
    }
}
