using Mdm.Core.GoldenRecords;
using Mdm.Core.Matching;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.MatchReviews;

/// <summary>A steward's decision on a match review (contract §5): merge the two golden records, or not a match.</summary>
public sealed record DecideMatchReview(Guid ReviewId, string Decision, string? Comment, Actor Actor)
    : ICommand<DecideMatchReviewResult>;

public static class MatchDecisions
{
    public const string Merge = "merge";
    public const string NotAMatch = "not-a-match";
}

public enum DecideMatchReviewOutcome
{
    Decided,
    NotFound,
    AlreadyDecided,
}

/// <summary>The outcome, the review's status now, and the golden record(s) that result.</summary>
public sealed record DecideMatchReviewResult(
    DecideMatchReviewOutcome Outcome,
    string? Status,
    IReadOnlyList<Guid> GoldenIds
);

public sealed class DecideMatchReviewHandler(
    IDbContextFactory<MdmDbContext> dbFactory,
    CandidateMatching matching,
    GoldenRecordWriter writer,
    TimeProvider time
) : ICommandHandler<DecideMatchReview, DecideMatchReviewResult>
{
    public async ValueTask<DecideMatchReviewResult> Handle(
        DecideMatchReview command,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.InTransactionAsync(ct => DecideAsync(db, command, ct), cancellationToken);
    }

    private async Task<DecideMatchReviewResult> DecideAsync(
        MdmDbContext db,
        DecideMatchReview command,
        CancellationToken ct
    )
    {
        var now = time.GetUtcNow();
        var status = command.Decision == MatchDecisions.Merge ? MatchReviewStatus.Merged : MatchReviewStatus.NotAMatch;
        var pair = await db
            .MatchReviews.AsNoTracking()
            .Where(r => r.Id == command.ReviewId)
            .Select(r => new { r.GoldenIdA, r.GoldenIdB })
            .SingleOrDefaultAsync(ct);
        if (pair is null)
        {
            return new(DecideMatchReviewOutcome.NotFound, null, []);
        }
        // Golden records first, then the review row: the order a merge (which repoints other reviews) takes them in.
        await AdvisoryLocks.LockGoldenRecordsAsync(db, [pair.GoldenIdA, pair.GoldenIdB], ct);
        // The claim is one conditional update: of two stewards deciding at once, exactly one changes the row.
        var claimed = await db
            .MatchReviews.Where(r => r.Id == command.ReviewId && r.Status == MatchReviewStatus.Open)
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(r => r.Status, status)
                        .SetProperty(r => r.Version, r => r.Version + 1)
                        .SetProperty(r => r.DecidedBy, command.Actor.Name)
                        .SetProperty(r => r.DecidedAt, now)
                        .SetProperty(r => r.Comment, command.Comment),
                ct
            );
        var review = await db.MatchReviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.ReviewId, ct);
        if (review is null)
        {
            return new(DecideMatchReviewOutcome.NotFound, null, []);
        }
        if (claimed == 0)
        {
            return new(DecideMatchReviewOutcome.AlreadyDecided, review.Status, [review.GoldenIdA, review.GoldenIdB]);
        }
        if (review.GoldenIdA != pair.GoldenIdA || review.GoldenIdB != pair.GoldenIdB)
        {
            // A merge committed in between moved the review onto its survivor.
            await AdvisoryLocks.LockGoldenRecordsAsync(db, [review.GoldenIdA, review.GoldenIdB], ct);
        }
        var a = await db.GoldenRecords.SingleAsync(g => g.Id == review.GoldenIdA, ct);
        var b = await db.GoldenRecords.SingleAsync(g => g.Id == review.GoldenIdB, ct);
        var reason = $"match review {review.Id}: {command.Decision}";
        IReadOnlyList<Guid> goldenIds;
        if (status == MatchReviewStatus.NotAMatch)
        {
            await MatchExclusions.AddAsync(db, a.Id, b.Id, command.Actor.Name, reason, now, ct);
            goldenIds = [a.Id, b.Id];
        }
        else if (a.Status == GoldenStatus.Active && b.Status == GoldenStatus.Active)
        {
            goldenIds = [await GoldenMerge.MergeAsync(db, matching, writer, a, b, command.Actor, reason, now, ct)];
        }
        else
        {
            goldenIds = [a.Id, b.Id]; // one of them was retired meanwhile: nothing left to merge
        }
        Audit.Record(db, command.Actor, "match-review.decided", "match-review", review.Id.ToString(), status, now);
        await db.SaveChangesAsync(ct);
        return new(DecideMatchReviewOutcome.Decided, status, goldenIds);
    }
}
