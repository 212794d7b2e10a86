using Mdm.Core.Matching;
using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mdm.Core.Overview;

/// <summary>
/// Aggregates for the steward dashboard over the last <paramref name="Days"/> days, today included. Days are UTC
/// calendar days; the numbers are counts only, no personal data.
/// </summary>
public sealed record GetStewardDashboard(int Days = 30) : IQuery<StewardDashboard>;

/// <summary>Every series has one entry per day of the window (or per bucket), zeros included, except the sparse ones.</summary>
public sealed record StewardDashboard(
    DateOnly From,
    DateOnly To,
    DashboardHeadline Headline,
    IReadOnlyList<DayCount> OpenReviewsByDay,
    IReadOnlyList<StewardDayCount> DecisionsByDay,
    IReadOnlyList<IngestOutcomeCount> IngestOutcomes,
    ScoreHistogram Scores,
    IReadOnlyList<SourceCountBucket> GoldenRecordsBySourceCount
)
{
    /// <summary>Nothing ingested, reviewed or decided in the window and no active golden record: nothing to chart.</summary>
    public bool IsEmpty =>
        Headline.ActiveGoldenRecords == 0
        && IngestOutcomes.Count == 0
        && DecisionsByDay.Count == 0
        && OpenReviewsByDay.All(d => d.Count == 0);
}

public sealed record DashboardHeadline(int OpenReviews, int DecisionsToday, int ActiveGoldenRecords);

public sealed record DayCount(DateOnly Day, int Count);

/// <summary>Decisions (merge or not-a-match) one steward made on one day; days without decisions are absent.</summary>
public sealed record StewardDayCount(DateOnly Day, string Steward, int Count);

/// <summary>Ingests of one source system with one outcome (created, merged, review, updated); absent when none.</summary>
public sealed record IngestOutcomeCount(string SourceSystem, string Outcome, int Count);

/// <summary>Best-candidate match probabilities at ingest, bucketed; bucket edges include both thresholds.</summary>
public sealed record ScoreHistogram(
    double ReviewThreshold,
    double AutoMergeThreshold,
    IReadOnlyList<ScoreBucket> Buckets
);

/// <summary>Scores from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive, inclusive for the last bucket).</summary>
public sealed record ScoreBucket(double From, double To, int Count);

/// <summary>Active golden records with this many live source records; the last bucket (5) means five or more.</summary>
public sealed record SourceCountBucket(int Sources, int GoldenRecords);

public sealed class GetStewardDashboardHandler(
    IDbContextFactory<MdmDbContext> dbFactory,
    TimeProvider time,
    IOptions<MatchingOptions> matching
) : IQueryHandler<GetStewardDashboard, StewardDashboard>
{
    public async ValueTask<StewardDashboard> Handle(GetStewardDashboard query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Days, 1);
        var window = DashboardWindow.Ending(time.GetUtcNow(), query.Days);
        var options = matching.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var openByDay = await ReviewActivity.OpenByDayAsync(db, window, cancellationToken);
        var decisions = await ReviewActivity.DecisionsByDayAsync(db, window, cancellationToken);
        var outcomes = await IngestActivity.OutcomesAsync(db, window, cancellationToken);
        var scores = await IngestActivity.ScoresAsync(
            db,
            window,
            options.ReviewThreshold,
            options.AutoMergeThreshold,
            cancellationToken
        );
        var bySources = await GoldenRecordSources.CountAsync(db, cancellationToken);
        var headline = new DashboardHeadline(
            await db.MatchReviews.CountAsync(r => r.Status == MatchReviewStatus.Open, cancellationToken),
            decisions.Where(d => d.Day == window.To).Sum(d => d.Count),
            await db.GoldenRecords.CountAsync(g => g.Status == GoldenStatus.Active, cancellationToken)
        );
        return new StewardDashboard(
            window.From,
            window.To,
            headline,
            openByDay,
            decisions,
            outcomes,
            scores,
            bySources
        );
    }
}
