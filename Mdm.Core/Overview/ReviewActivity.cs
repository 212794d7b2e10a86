using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Overview;

/// <summary>Match-review counts per UTC day, aggregated in PostgreSQL.</summary>
internal static class ReviewActivity
{
    /// <summary>Reviews open at the end of each day of the window (for today: open now).</summary>
    public static async Task<IReadOnlyList<DayCount>> OpenByDayAsync(
        MdmDbContext db,
        DashboardWindow window,
        CancellationToken ct
    )
    {
        // A review closes (decided or superseded) at decided_at. A closed review without one cannot be placed in
        // time; it counts as closed from its creation rather than inflating the backlog.
        return await db
            .Database.SqlQuery<DayCount>(
                $"""
                SELECT d.day::date AS day, count(r.id)::int AS count
                FROM generate_series({window.From}::timestamp, {window.To}::timestamp, interval '1 day') AS d(day)
                LEFT JOIN match_reviews r
                  ON r.created_at < (d.day + interval '1 day') AT TIME ZONE 'UTC'
                 AND (r.status = {MatchReviewStatus.Open}
                      OR coalesce(r.decided_at, r.created_at) >= (d.day + interval '1 day') AT TIME ZONE 'UTC')
                GROUP BY d.day
                ORDER BY d.day
                """
            )
            .ToListAsync(ct);
    }

    /// <summary>Steward decisions (merge, not-a-match) per day and steward; superseded reviews are no decision.</summary>
    public static async Task<IReadOnlyList<StewardDayCount>> DecisionsByDayAsync(
        MdmDbContext db,
        DashboardWindow window,
        CancellationToken ct
    )
    {
        return await db
            .Database.SqlQuery<StewardDayCount>(
                $"""
                SELECT (r.decided_at AT TIME ZONE 'UTC')::date AS day, r.decided_by AS steward, count(*)::int AS count
                FROM match_reviews r
                WHERE r.status IN ({MatchReviewStatus.Merged}, {MatchReviewStatus.NotAMatch})
                  AND r.decided_by IS NOT NULL
                  AND r.decided_at >= {window.Start} AND r.decided_at < {window.End}
                GROUP BY 1, 2
                ORDER BY 1, 2
                """
            )
            .ToListAsync(ct);
    }
}
