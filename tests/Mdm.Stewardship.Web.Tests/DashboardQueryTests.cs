using Mdm.Core.MatchReviews;
using Mdm.Core.Overview;
using Mdm.Core.SourceRecords;
using Mdm.Stewardship.Web.Tests.Infrastructure;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>GetStewardDashboard through the host's mediator, on a clock pinned to one afternoon.</summary>
public sealed class DashboardQueryTests(PinnedClockUiFactory factory) : IClassFixture<PinnedClockUiFactory>
{
    private static readonly DateOnly Today = PinnedClockUiFactory.Today;
    private readonly DashboardHub _hub = new(factory);

    private Task<StewardDashboard> DashboardAsync() => factory.Mediator.Send(new GetStewardDashboard()).AsTask();

    [Fact]
    public async Task Dashboard_EmptyHub_IsEmptyWithZeroSeriesOverThirtyDays()
    {
        await factory.ResetAsync();

        var dashboard = await DashboardAsync();

        Assert.True(dashboard.IsEmpty);
        Assert.Equal((Today.AddDays(-29), Today), (dashboard.From, dashboard.To));
        Assert.Equal(30, dashboard.OpenReviewsByDay.Count);
        Assert.All(dashboard.OpenReviewsByDay, d => Assert.Equal(0, d.Count));
        Assert.Equal(Today.AddDays(-29), dashboard.OpenReviewsByDay[0].Day);
        Assert.Equal(Today, dashboard.OpenReviewsByDay[^1].Day);
        Assert.Equal([1, 2, 3, 4, 5], dashboard.GoldenRecordsBySourceCount.Select(b => b.Sources));
        Assert.All(dashboard.Scores.Buckets, b => Assert.Equal(0, b.Count));
        Assert.Equal(new DashboardHeadline(0, 0, 0), dashboard.Headline);
    }

    [Fact]
    public async Task OpenReviewsByDay_CountsReviewsOpenAtTheEndOfEachDay()
    {
        await factory.ResetAsync();
        var r = await _hub.ReviewsAsync(6);
        await _hub.DecideAsync(
            (r[0], MatchDecisions.Merge, "steward:ana"),
            (r[1], MatchDecisions.NotAMatch, "steward:ben"),
            (r[5], MatchDecisions.Merge, "steward:ana")
        );
        await _hub.ExecuteAsync(
            $"""
            UPDATE match_reviews SET created_at = @today - interval '10 days' + interval '12 hours',
                decided_at = @today - interval '5 days' + interval '12 hours' WHERE id = '{r[0]}';
            UPDATE match_reviews SET created_at = @today - interval '8 days' + interval '1 hour',
                decided_at = @today - interval '1 day' + interval '23 hours' WHERE id = '{r[1]}';
            UPDATE match_reviews SET created_at = @today - interval '3 days' + interval '6 hours' WHERE id = '{r[2]}';
            UPDATE match_reviews SET created_at = @today - interval '4 days', status = 'superseded',
                decided_at = @today - interval '2 days' + interval '12 hours' WHERE id = '{r[3]}';
            UPDATE match_reviews SET created_at = @today - interval '6 days', status = 'superseded',
                decided_at = NULL WHERE id = '{r[4]}';
            UPDATE match_reviews SET created_at = @today - interval '40 days',
                decided_at = @today - interval '35 days' WHERE id = '{r[5]}';
            """
        );

        var dashboard = await DashboardAsync();

        // Days ago → open at that day's end: r0 10..6, r1 8..2, r2 3..0, r3 4..3; r4 (no close time) and r5 never.
        int[] expected = [1, 1, 2, 2, 2, 1, 2, 3, 2, 1, 1];
        Assert.Equal(Enumerable.Repeat(0, 19).Concat(expected), dashboard.OpenReviewsByDay.Select(d => d.Count));
        Assert.Equal(1, dashboard.Headline.OpenReviews);
    }

    [Fact]
    public async Task DecisionsByDay_CountsMergesAndNotAMatchPerStewardAndDay()
    {
        await factory.ResetAsync();
        var r = await _hub.ReviewsAsync(7);
        await _hub.DecideAsync(
            (r[0], MatchDecisions.Merge, "steward:ana"),
            (r[1], MatchDecisions.NotAMatch, "steward:ben"),
            (r[2], MatchDecisions.Merge, "steward:ana"),
            (r[3], MatchDecisions.NotAMatch, "steward:ana"),
            (r[4], MatchDecisions.Merge, "steward:ana"),
            (r[5], MatchDecisions.NotAMatch, "steward:ben")
        );
        await _hub.ExecuteAsync(
            $"""
            UPDATE match_reviews SET decided_at = @today - interval '5 days' WHERE id = '{r[0]}';
            UPDATE match_reviews SET decided_at = @today - interval '1 day' + interval '1 hour' WHERE id IN ('{r[
                1
            ]}', '{r[2]}');
            UPDATE match_reviews SET decided_at = @today - interval '30 days' WHERE id = '{r[4]}';
            UPDATE match_reviews SET status = 'superseded', decided_by = NULL WHERE id = '{r[5]}';
            """
        );

        var dashboard = await DashboardAsync();

        Assert.Equal(
            [
                new StewardDayCount(Today.AddDays(-5), "steward:ana", 1),
                new StewardDayCount(Today.AddDays(-1), "steward:ana", 1),
                new StewardDayCount(Today.AddDays(-1), "steward:ben", 1),
                new StewardDayCount(Today, "steward:ana", 1),
            ],
            dashboard.DecisionsByDay
        );
        Assert.Equal(new DashboardHeadline(1, 1, 11), dashboard.Headline);
    }

    [Fact]
    public async Task GoldenRecordsBySourceCount_CountsLiveSourceRecordsOfActiveGoldenRecords()
    {
        await factory.ResetAsync();
        string[] systems = ["ecommerce", "pos", "loyalty", "erp", "crm"];
        foreach (var (who, sources) in new[] { (1, 6), (2, 5), (3, 2), (4, 3), (5, 1) })
        {
            for (var i = 0; i < sources; i++)
            {
                await _hub.IngestAsync(systems[i % systems.Length], $"S-{who}-{i}", "Ana", who);
            }
        }
        await factory.Mediator.Send(new DetachSourceRecord("ecommerce", "S-3-0", Mdm.Core.Actor.System));
        await factory.Mediator.Send(new DetachSourceRecord("ecommerce", "S-5-0", Mdm.Core.Actor.System));

        var dashboard = await DashboardAsync();

        Assert.Equal(
            [new(1, 1), new(2, 0), new(3, 1), new(4, 0), new SourceCountBucket(5, 2)],
            dashboard.GoldenRecordsBySourceCount
        );
        Assert.Equal(4, dashboard.Headline.ActiveGoldenRecords);
    }
}
