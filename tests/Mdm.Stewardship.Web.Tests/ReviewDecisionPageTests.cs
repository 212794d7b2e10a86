using Bunit;
using Mdm.Core;
using Mdm.Core.MatchReviews;
using Mdm.Core.Persistence;
using Mdm.Stewardship.Web.Accounts;
using Mdm.Stewardship.Web.Components.Pages;
using Mdm.Stewardship.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>The compare-and-decide page over real reviews: buttons, keyboard, conflicts, roles.</summary>
public sealed class ReviewDecisionPageTests(StewardUiFactory factory) : StewardComponentTest(factory)
{
    private IRenderedComponent<ReviewDecision> Open(Guid reviewId)
    {
        var page = Render<ReviewDecision>(p => p.Add(x => x.Id, reviewId));
        page.WaitForElement("[data-testid=comparison]");
        return page;
    }

    private async Task<MatchReviewComparison> ReloadAsync(Guid reviewId) =>
        (await Factory.Mediator.Send(new GetMatchReviewComparison(reviewId)))!;

    [Fact]
    public async Task Compare_ShowsBothGoldenRecordsWithTheDifferingNameHighlighted()
    {
        await Factory.ResetAsync();
        var pair = await HubData.ReviewPairAsync(Factory, 0);
        SignInAs(StewardRoles.Steward);

        var page = Open(pair.ReviewId);

        var nameRow = page.FindAll("[data-testid=comparison-row]")
            .Single(r => r.QuerySelector("th")!.TextContent == "Name");
        Assert.Equal("true", nameRow.GetAttribute("data-differs"));
        Assert.Contains("Ana Lopez", nameRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rosa Lopez", nameRow.TextContent, StringComparison.Ordinal);
        var emailRow = page.FindAll("[data-testid=comparison-row]")
            .Single(r => r.QuerySelector("th")!.TextContent == "E-mails");
        Assert.Equal("false", emailRow.GetAttribute("data-differs"));
        Assert.Contains(
            page.FindAll("[data-testid=contribution]"),
            c => c.TextContent.Contains("email", StringComparison.Ordinal)
        );
        Assert.Equal(2, page.FindAll("[data-testid=source-records]").Count);
    }

    [Fact]
    public async Task MergeButton_MergesAndAuditsTheSteward()
    {
        await Factory.ResetAsync();
        var pair = await HubData.ReviewPairAsync(Factory, 0);
        SignInAs(StewardRoles.Steward);
        var page = Open(pair.ReviewId);

        page.Find("[data-testid=merge]").Click();

        page.WaitForAssertion(() =>
            Assert.Contains(
                "Merged: golden record",
                page.Find("[data-testid=decision-message]").TextContent,
                StringComparison.Ordinal
            )
        );
        var review = (await ReloadAsync(pair.ReviewId)).Review;
        Assert.Equal(MatchReviewStatus.Merged, review.Status);
        Assert.Equal("steward:steward@stewards.test", review.DecidedBy);
        Assert.Empty(page.FindAll("[data-testid=merge]"));
    }

    [Fact]
    public async Task KeyN_MarksNotAMatchWithTheComment()
    {
        await Factory.ResetAsync();
        var pair = await HubData.ReviewPairAsync(Factory, 0);
        SignInAs(StewardRoles.Steward);
        var page = Open(pair.ReviewId);

        page.Find("input[data-testid=comment], [data-testid=comment] input").Input("sisters sharing a phone");
        page.Find("[data-testid=review-page]")
            .KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "n" });

        page.WaitForAssertion(() =>
            Assert.Contains(
                "not a match",
                page.Find("[data-testid=decision-message]").TextContent,
                StringComparison.OrdinalIgnoreCase
            )
        );
        var review = (await ReloadAsync(pair.ReviewId)).Review;
        Assert.Equal(MatchReviewStatus.NotAMatch, review.Status);
        Assert.Equal("sisters sharing a phone", review.Comment);
    }

    [Fact]
    public async Task KeyWithCtrl_DoesNothing()
    {
        await Factory.ResetAsync();
        var pair = await HubData.ReviewPairAsync(Factory, 0);
        SignInAs(StewardRoles.Steward);
        var page = Open(pair.ReviewId);

        page.Find("[data-testid=review-page]")
            .KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "m", CtrlKey = true });

        Assert.Equal(MatchReviewStatus.Open, (await ReloadAsync(pair.ReviewId)).Review.Status);
    }

    [Fact]
    public async Task Merge_AfterSomeoneElseDecided_SaysSoAndChangesNothing()
    {
        await Factory.ResetAsync();
        var pair = await HubData.ReviewPairAsync(Factory, 0);
        SignInAs(StewardRoles.Steward);
        var page = Open(pair.ReviewId);
        await Factory.Mediator.Send(
            new DecideMatchReview(pair.ReviewId, MatchDecisions.NotAMatch, null, new Actor("steward:bob@stewards.test"))
        );

        page.Find("[data-testid=merge]").Click();

        page.WaitForAssertion(() =>
        {
            var message = page.Find("[data-testid=decision-message]").TextContent;
            Assert.Contains("Someone else decided this review first", message, StringComparison.Ordinal);
            Assert.Contains("bob@stewards.test", message, StringComparison.Ordinal);
        });
        Assert.Equal(MatchReviewStatus.NotAMatch, (await ReloadAsync(pair.ReviewId)).Review.Status);
    }

    [Fact]
    public async Task Viewer_SeesTheComparisonButNoDecisionButtonsAndKeysDoNothing()
    {
        await Factory.ResetAsync();
        var pair = await HubData.ReviewPairAsync(Factory, 0);
        SignInAs(StewardRoles.Viewer);
        var page = Open(pair.ReviewId);

        page.Find("[data-testid=review-page]")
            .KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "m" });

        Assert.Empty(page.FindAll("[data-testid=merge]"));
        Assert.Empty(page.FindAll("[data-testid=not-a-match]"));
        Assert.NotNull(page.Find("[data-testid=read-only]"));
        Assert.Equal(MatchReviewStatus.Open, (await ReloadAsync(pair.ReviewId)).Review.Status);
    }

    [Fact]
    public async Task Skip_GoesToTheNextReviewAndNextNeverReturnsTheSkippedOne()
    {
        await Factory.ResetAsync();
        var first = await HubData.ReviewPairAsync(Factory, 0);
        var second = await HubData.ReviewPairAsync(Factory, 1);
        SignInAs(StewardRoles.Steward);
        var navigation = Services.GetRequiredService<NavigationManager>();
        var page = Open(first.ReviewId);

        page.Find("[data-testid=skip]").Click();

        page.WaitForAssertion(() =>
            Assert.EndsWith($"reviews/{second.ReviewId}", navigation.Uri, StringComparison.Ordinal)
        );
        var again = Open(second.ReviewId);
        again.Find("[data-testid=skip]").Click();
        again.WaitForAssertion(() => Assert.EndsWith("/reviews", navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownReview_SaysThereIsNone()
    {
        SignInAs(StewardRoles.Steward);

        var page = Render<ReviewDecision>(p => p.Add(x => x.Id, Guid.NewGuid()));

        page.WaitForAssertion(() =>
            Assert.Contains("no match review with this id", page.Markup, StringComparison.Ordinal)
        );
    }
}
