using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Scoring.Guarded;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

/// <summary>The guard only ever lowers a decision, and only says so when it did.</summary>
public sealed class IdentityGuardCeilingTests
{
    private static readonly FellegiSunterMatcher NothingQualifies = Models.DefaultMatcher(
        new MatchThresholds { AutoMerge = 2, Review = 2 }
    );

    private static readonly FellegiSunterMatcher EverythingReviews = Models.DefaultMatcher(
        new MatchThresholds { AutoMerge = 2, Review = 0 }
    );

    private static readonly MatchRecord John = Person(
        "John",
        "Smith",
        Born(1980, 5, 17),
        phones: [Landline, Mobile],
        street: "12 Main Street"
    );

    private static readonly MatchRecord Twin = Person(
        "James",
        "Smith",
        Born(1982, 3, 1),
        phones: [Landline],
        street: "12 Main Street"
    );

    private static readonly MatchRecord Spouse = Person("Mary", "Smith", phones: [Landline], street: "12 Main Street");

    [Fact]
    public void Guard_NoMatchScore_StaysNoMatchWithoutARule()
    {
        foreach (var member in new[] { John, Twin, Spouse })
        {
            var scored = Evaluate(NothingQualifies, John, member);

            Assert.Equal(MatchDecisionKind.NoMatch, scored.Decision);
            Assert.Null(Rule(scored));
        }
    }

    [Fact]
    public void Guard_ReviewScoreWithAReviewReason_StaysReviewWithoutARule()
    {
        var scored = Evaluate(EverythingReviews, John, Spouse);

        Assert.Equal(MatchDecisionKind.Review, scored.Decision);
        Assert.Null(Rule(scored));
    }

    [Fact]
    public void Guard_ReviewScoreWithTwoConflicts_DropsToNoMatch()
    {
        var scored = Evaluate(EverythingReviews, John, Twin);

        Assert.Equal(MatchDecisionKind.NoMatch, scored.Decision);
        Assert.Equal("no-match", Rule(scored)?.Comparator);
    }

    [Fact]
    public void Guard_ReviewScoreWithFullAgreement_IsNotRaised()
    {
        var scored = Evaluate(EverythingReviews, John, John);

        Assert.Equal(MatchDecisionKind.Review, scored.Decision);
        Assert.Null(Rule(scored));
    }

    [Fact]
    public void Guard_Capped_KeepsScoreAndExplanation()
    {
        var unguarded = Evaluate(NothingQualifies, John, Twin);
        var guarded = Evaluate(John, Twin);

        Assert.Equal(unguarded.Weight, guarded.Weight);
        Assert.Equal(
            unguarded.Explanation.Select(c => c.Attribute).Append("identity-guard"),
            guarded.Explanation.Select(c => c.Attribute)
        );
        Assert.Equal(0, Rule(guarded)?.Weight);
    }
}
