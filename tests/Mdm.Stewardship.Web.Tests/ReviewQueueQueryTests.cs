using Mdm.Core;
using Mdm.Core.GoldenRecords;
using Mdm.Core.MatchReviews;
using Mdm.Stewardship.Web.Tests.Infrastructure;
using Npgsql;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>The queue the steward UI pages through: filters, sorting, paging and "assign to me", on real data.</summary>
public sealed class ReviewQueueQueryTests(StewardUiFactory factory) : IClassFixture<StewardUiFactory>
{
    private static readonly Actor Alice = new("steward:alice@stewards.test");

    private Task<ReviewQueuePage> ListAsync(ReviewQueueFilter filter, int offset = 0, int limit = 50) =>
        factory.Mediator.Send(new ListReviewQueueItems(filter, offset, limit)).AsTask();

    private async Task SetAsync(string sql, Guid reviewId, object value)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", reviewId);
        command.Parameters.AddWithValue("value", value);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Queue_FilteredBySourceSystem_KeepsOnlyReviewsTouchingThatSystem()
    {
        await factory.ResetAsync();
        var viaCrm = await HubData.ReviewPairAsync(factory, 0, "crm");
        var viaLoyalty = await HubData.ReviewPairAsync(factory, 1, "loyalty");

        var loyalty = await ListAsync(new ReviewQueueFilter(SourceSystem: "loyalty"));
        var ecommerce = await ListAsync(new ReviewQueueFilter(SourceSystem: "ecommerce"));

        Assert.Equal([viaLoyalty.ReviewId], loyalty.Items.Select(i => i.Id));
        Assert.Equal(1, loyalty.Total);
        Assert.Equal(2, ecommerce.Total);
        Assert.Equal(["ecommerce", "loyalty"], loyalty.Items[0].SourceSystems);
        Assert.DoesNotContain(viaCrm.ReviewId, loyalty.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Queue_ByScoreBandAndAge_AndSortedEitherWay()
    {
        await factory.ResetAsync();
        var pairs = new List<ReviewPair>();
        for (var n = 0; n < 3; n++)
        {
            pairs.Add(await HubData.ReviewPairAsync(factory, n));
        }
        await SetAsync("UPDATE match_reviews SET score = @value WHERE id = @id", pairs[0].ReviewId, 0.97);
        await SetAsync("UPDATE match_reviews SET score = @value WHERE id = @id", pairs[1].ReviewId, 0.91);
        await SetAsync("UPDATE match_reviews SET score = @value WHERE id = @id", pairs[2].ReviewId, 0.82);
        await SetAsync(
            "UPDATE match_reviews SET created_at = @value WHERE id = @id",
            pairs[2].ReviewId,
            DateTimeOffset.UtcNow.AddDays(-10)
        );

        var band = await ListAsync(new ReviewQueueFilter(MinScore: 0.90, MaxScore: 0.95));
        var old = await ListAsync(new ReviewQueueFilter(CreatedBefore: DateTimeOffset.UtcNow.AddDays(-7)));
        var byScore = await ListAsync(new ReviewQueueFilter(Sort: ReviewQueueSort.Score));
        var byAge = await ListAsync(new ReviewQueueFilter(Sort: ReviewQueueSort.Age));

        Assert.Equal([pairs[1].ReviewId], band.Items.Select(i => i.Id));
        Assert.Equal([pairs[2].ReviewId], old.Items.Select(i => i.Id));
        Assert.Equal(pairs.Select(p => p.ReviewId), byScore.Items.Select(i => i.Id));
        Assert.Equal(pairs[2].ReviewId, byAge.Items[0].Id);
    }

    [Fact]
    public async Task Queue_PagesWithTotal_AndNamesBothGoldenRecords()
    {
        await factory.ResetAsync();
        for (var n = 0; n < 5; n++)
        {
            await HubData.ReviewPairAsync(factory, n);
        }

        var first = await ListAsync(new ReviewQueueFilter(), 0, 2);
        var last = await ListAsync(new ReviewQueueFilter(), 4, 2);

        Assert.Equal(5, first.Total);
        Assert.Equal(2, first.Items.Count);
        Assert.Single(last.Items);
        Assert.All(first.Items, i => Assert.StartsWith("Ana ", i.NameA, StringComparison.Ordinal));
        Assert.All(first.Items, i => Assert.StartsWith("Rosa ", i.NameB, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AssignToMe_ShowsInMineAndLeavesUnassigned_ReleaseGivesItBack()
    {
        await factory.ResetAsync();
        var mine = await HubData.ReviewPairAsync(factory, 0);
        var other = await HubData.ReviewPairAsync(factory, 1);

        Assert.Equal(
            AssignMatchReviewOutcome.Assigned,
            await factory.Mediator.Send(new AssignMatchReview(mine.ReviewId, Alice))
        );

        var assigned = await ListAsync(new ReviewQueueFilter(Assignment: ReviewAssignment.Mine, Me: Alice));
        var unassigned = await ListAsync(new ReviewQueueFilter(Assignment: ReviewAssignment.Unassigned, Me: Alice));
        Assert.Equal([mine.ReviewId], assigned.Items.Select(i => i.Id));
        Assert.Equal(Alice.Name, assigned.Items[0].AssignedTo);
        Assert.Equal([other.ReviewId], unassigned.Items.Select(i => i.Id));

        await factory.Mediator.Send(new AssignMatchReview(mine.ReviewId, Alice, Release: true));
        Assert.Equal(0, (await ListAsync(new ReviewQueueFilter(Assignment: ReviewAssignment.Mine, Me: Alice))).Total);
    }

    [Fact]
    public async Task Assign_DecidedReview_IsNotOpen_AndUnknownIsNotFound()
    {
        await factory.ResetAsync();
        var pair = await HubData.ReviewPairAsync(factory, 0);
        await factory.Mediator.Send(new DecideMatchReview(pair.ReviewId, MatchDecisions.NotAMatch, null, Alice));

        Assert.Equal(
            AssignMatchReviewOutcome.NotOpen,
            await factory.Mediator.Send(new AssignMatchReview(pair.ReviewId, Alice))
        );
        Assert.Equal(
            AssignMatchReviewOutcome.NotFound,
            await factory.Mediator.Send(new AssignMatchReview(Guid.NewGuid(), Alice))
        );
        Assert.Equal(0, (await ListAsync(new ReviewQueueFilter())).Total);
    }

    [Fact]
    public async Task Comparison_HoldsBothSidesTheirSourcesExplanationAndTheMergePreview()
    {
        await factory.ResetAsync();
        var pair = await HubData.ReviewPairAsync(factory, 0);

        var comparison = await factory.Mediator.Send(new GetMatchReviewComparison(pair.ReviewId));

        Assert.NotNull(comparison);
        Assert.Equal(pair.OlderGoldenId, comparison.A.Golden.Id);
        Assert.Equal(["ecommerce/WEB-0"], comparison.A.Sources.Select(s => $"{s.SourceSystem}/{s.SourceId}"));
        Assert.Equal(["crm/CRM-0"], comparison.B.Sources.Select(s => $"{s.SourceSystem}/{s.SourceId}"));
        Assert.Contains(comparison.Explanation, c => c.Attribute == "email" && c.Weight > 0);
        Assert.Equal(2, comparison.MergedPreview.Sources.Count);
        Assert.Equal("ana.lopez@example.com", Assert.Single(comparison.MergedPreview.Emails).Address);
        Assert.Null(await factory.Mediator.Send(new GetMatchReviewComparison(Guid.NewGuid())));
    }

    [Fact]
    public async Task MergePreview_WhenBothGoldenRecordsPinTheName_IsExactlyWhatTheMergeProduces()
    {
        await factory.ResetAsync();
        var pair = await HubData.ReviewPairAsync(factory, 0);
        await PinNameAsync(pair.OlderGoldenId, "Anna");
        await PinNameAsync(pair.NewerGoldenId, "Rosalind"); // pinned later, but the newer golden record is merged away

        var preview = (await factory.Mediator.Send(new GetMatchReviewComparison(pair.ReviewId)))!.MergedPreview;
        await factory.Mediator.Send(new DecideMatchReview(pair.ReviewId, MatchDecisions.Merge, null, Alice));
        var merged = await factory.Mediator.Send(new GetGoldenRecord(pair.OlderGoldenId));

        Assert.Equal("Anna", preview.Name!.Given);
        Assert.Equal(preview.Name, merged!.Name);
        Assert.Equal(preview.Emails, merged.Emails);
    }

    private async Task PinNameAsync(Guid goldenId, string given)
    {
        using var value = System.Text.Json.JsonDocument.Parse($$"""{"given":"{{given}}","family":"Lopez"}""");
        var result = await factory.Mediator.Send(
            new PinGoldenValue(goldenId, "name", value.RootElement.Clone(), Alice)
        );
        Assert.Null(result.Error);
    }
}
