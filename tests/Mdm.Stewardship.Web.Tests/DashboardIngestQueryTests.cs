using Mdm.Core.MatchReviews;
using Mdm.Core.Overview;
using Mdm.Core.SourceRecords;
using Mdm.Stewardship.Web.Tests.Infrastructure;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>GetStewardDashboard's ingest charts (outcomes per source system, the best-candidate score histogram) on a clock pinned to one afternoon.</summary>
public sealed class DashboardIngestQueryTests(PinnedClockUiFactory factory) : IClassFixture<PinnedClockUiFactory>
{
    private static readonly DateOnly Today = PinnedClockUiFactory.Today;
    private readonly DashboardHub _hub = new(factory);

    private Task<StewardDashboard> DashboardAsync() => factory.Mediator.Send(new GetStewardDashboard()).AsTask();

    [Fact]
    public async Task IngestOutcomes_CountsEachOutcomePerSourceSystemInTheWindow()
    {
        await factory.ResetAsync();
        Assert.Equal(IngestOutcome.Created, (await _hub.IngestAsync("ecommerce", "WEB-1", "Ana", 1)).Outcome);
        Assert.Equal(IngestOutcome.Review, (await _hub.IngestAsync("crm", "CRM-1", "Rosa", 1)).Outcome);
        Assert.Equal(IngestOutcome.Merged, (await _hub.IngestAsync("pos", "POS-1", "Ana", 1)).Outcome);
        Assert.Equal(IngestOutcome.Updated, (await _hub.IngestAsync("ecommerce", "WEB-1", "Anna", 1)).Outcome);
        Assert.Equal(IngestOutcome.Unchanged, (await _hub.IngestAsync("ecommerce", "WEB-1", "Anna", 1)).Outcome);
        await _hub.IngestAsync("loyalty", "L-2", "Ben", 2);
        await _hub.ExecuteAsync(
            "UPDATE audit_entries SET at = @today - interval '30 days' WHERE entity_id = 'loyalty/L-2'"
        );

        var dashboard = await DashboardAsync();

        Assert.Equal(
            [
                new IngestOutcomeCount("crm", "review", 1),
                new IngestOutcomeCount("ecommerce", "created", 1),
                new IngestOutcomeCount("ecommerce", "updated", 1),
                new IngestOutcomeCount("pos", "merged", 1),
            ],
            dashboard.IngestOutcomes
        );
    }

    [Fact]
    public async Task Scores_EachIngestThatScoredACandidate_RecordsTheBestScoreInItsAuditEntry()
    {
        await factory.ResetAsync();
        await _hub.IngestAsync("ecommerce", "WEB-1", "Ana", 1); // nothing to score yet
        await _hub.IngestAsync("crm", "CRM-1", "Rosa", 1);
        await _hub.IngestAsync("pos", "POS-1", "Ana", 1);
        await _hub.IngestAsync("ecommerce", "WEB-1", "Anna", 1); // an update keeps its link: no matching

        var scores = (await DashboardAsync()).Scores;

        Assert.Equal((0.8, 0.99), (scores.ReviewThreshold, scores.AutoMergeThreshold));
        Assert.Equal(2, scores.Buckets.Where(b => b.From >= 0.8).Sum(b => b.Count));
        Assert.Equal(2, scores.Buckets.Sum(b => b.Count));
        Assert.Equal(
            "review 1, merged 1",
            await _hub.ScalarAsync<string>(
                """
                SELECT string_agg(a.reason || ' ' || count, ', ' ORDER BY a.reason DESC) FROM (
                  SELECT a.reason, count(*) FROM audit_entries a
                  WHERE a.details IS NOT NULL AND (a.details ->> 'score')::float8 >= 0.8 GROUP BY a.reason) a
                """
            )
        );
        Assert.Equal(
            1L,
            await _hub.ScalarAsync<long>(
                """
                SELECT count(*) FROM audit_entries a
                JOIN match_reviews r ON (a.details ->> 'score')::float8 = r.score WHERE a.reason = 'review'
                """
            )
        );
    }

    [Fact]
    public async Task Scores_BucketsOfFiveHundredthsAreSplitAtBothThresholds()
    {
        await factory.ResetAsync();
        await _hub.ExecuteAsync(
            """
            INSERT INTO audit_entries (actor, action, entity_type, entity_id, reason, details, at)
            SELECT 'system', 'source-record.ingested', 'source-record', 'pos/P-' || n, 'created',
                   CASE WHEN s IS NULL THEN NULL ELSE jsonb_build_object('score', s) END,
                   @today + CASE WHEN n = 9 THEN interval '-31 days' ELSE interval '1 hour' END
            FROM unnest(ARRAY[0.02, 0.12, 0.13, 0.8, 0.85, 0.99, 1.0, NULL, 0.5]::float8[]) WITH ORDINALITY AS t(s, n)
            """
        );

        var buckets = (await DashboardAsync()).Scores.Buckets;

        Assert.Equal(21, buckets.Count);
        Assert.Equal((0.95, 0.99), (buckets[19].From, buckets[19].To));
        Assert.Equal((0.99, 1.0), (buckets[20].From, buckets[20].To));
        Assert.Equal(
            new Dictionary<double, int>
            {
                [0.0] = 1,
                [0.1] = 2,
                [0.8] = 1,
                [0.85] = 1,
                [0.99] = 2,
            },
            buckets.Where(b => b.Count > 0).ToDictionary(b => b.From, b => b.Count)
        );
    }
}
