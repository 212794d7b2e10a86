using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.MatchReviews;

/// <summary>"Assign to me": a steward takes an open review from the queue, or gives it back (<paramref name="Release"/>).</summary>
public sealed record AssignMatchReview(Guid ReviewId, Actor Actor, bool Release = false)
    : ICommand<AssignMatchReviewOutcome>;

public enum AssignMatchReviewOutcome
{
    Assigned,
    Released,
    NotFound,

    /// <summary>Decided or superseded meanwhile: there is nothing left to take.</summary>
    NotOpen,
}

public sealed class AssignMatchReviewHandler(IDbContextFactory<MdmDbContext> dbFactory, TimeProvider time)
    : ICommandHandler<AssignMatchReview, AssignMatchReviewOutcome>
{
    public async ValueTask<AssignMatchReviewOutcome> Handle(
        AssignMatchReview command,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var assignee = command.Release ? null : command.Actor.Name;
        // One conditional update: assigning never races a decision into reopening or re-dating a closed review.
        var changed = await db
            .MatchReviews.Where(r => r.Id == command.ReviewId && r.Status == MatchReviewStatus.Open)
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(r => r.AssignedTo, assignee)
                        .SetProperty(r => r.AssignedAt, command.Release ? null : now),
                cancellationToken
            );
        if (changed == 0)
        {
            return await db.MatchReviews.AnyAsync(r => r.Id == command.ReviewId, cancellationToken)
                ? AssignMatchReviewOutcome.NotOpen
                : AssignMatchReviewOutcome.NotFound;
        }
        Audit.Record(
            db,
            command.Actor,
            command.Release ? "match-review.released" : "match-review.assigned",
            "match-review",
            command.ReviewId.ToString(),
            null,
            now
        );
        await db.SaveChangesAsync(cancellationToken);
        return command.Release ? AssignMatchReviewOutcome.Released : AssignMatchReviewOutcome.Assigned;
    }
}
