using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.MatchReviews;

internal static class ReviewQueueFilters
{
    /// <summary>The open reviews that pass <paramref name="filter"/>, as one SQL query (nothing is loaded here).</summary>
    public static IQueryable<MatchReview> Apply(MdmDbContext db, ReviewQueueFilter filter)
    {
        var reviews = db.MatchReviews.AsNoTracking().Where(r => r.Status == MatchReviewStatus.Open);
        if (!string.IsNullOrEmpty(filter.SourceSystem))
        {
            var system = filter.SourceSystem;
            reviews = reviews.Where(r =>
                db.Links.Any(l =>
                    (l.GoldenId == r.GoldenIdA || l.GoldenId == r.GoldenIdB)
                    && db.SourceRecords.Any(s =>
                        s.Id == l.SourceRecordId && s.SourceSystem == system && s.DetachedAt == null
                    )
                )
            );
        }
        if (filter.MinScore is { } min)
        {
            reviews = reviews.Where(r => r.Score >= min);
        }
        if (filter.MaxScore is { } max)
        {
            reviews = reviews.Where(r => r.Score < max);
        }
        if (filter.CreatedBefore is { } before)
        {
            reviews = reviews.Where(r => r.CreatedAt < before);
        }
        var me = filter.Me?.Name;
        return filter.Assignment switch
        {
            ReviewAssignment.Unassigned => reviews.Where(r => r.AssignedTo == null),
            ReviewAssignment.Mine => reviews.Where(r => r.AssignedTo == me),
            _ => reviews,
        };
    }
}
