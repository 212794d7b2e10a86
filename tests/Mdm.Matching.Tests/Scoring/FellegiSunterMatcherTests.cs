using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

public sealed class FellegiSunterMatcherTests
{
    private static readonly MatchRecord Probe = Person(
        "John",
        "Smith",
        Born(1980, 5, 17),
        emails: ["sunflower77@outlook.com"],
        phones: [Mobile]
    );

    private static readonly GoldenCandidate Strong = Golden(
        "G-strong",
        Person("John", "Smith", Born(1980, 5, 17), emails: ["sunflower77@outlook.com"], phones: [Mobile])
    );

    private static readonly GoldenCandidate Medium = Golden("G-medium", Person("John", "Smith", Born(1980, 5, 17)));

    private static readonly GoldenCandidate Weak = Golden("G-weak", Person("Mary", "Brown", Born(1955, 1, 2)));

    [Fact]
    public void Evaluate_Candidates_BestFirst()
    {
        var scored = Models.DefaultMatcher().Evaluate(Probe, [Weak, Strong, Medium]);

        Assert.Equal(["G-strong", "G-medium", "G-weak"], scored.Select(s => s.GoldenId));
        Assert.True(scored[0].Weight > scored[1].Weight && scored[1].Weight > scored[2].Weight);
    }

    // A twin sharing the household's mailbox, landline and address outweighs the real person but is ruled out.
    [Fact]
    public void Decide_HeavierCandidateRuledOutByTheGuard_PicksTheOneThatQualifies()
    {
        var household = new { Email = "thesmiths@example.com", Street = "12 Main Street" };
        var probe = Person(
            "John",
            "Smith",
            Born(1980, 5, 17),
            emails: [household.Email],
            phones: [Landline],
            street: household.Street
        );
        var twin = Golden(
            "G-twin",
            Person(
                "James",
                "Smith",
                Born(1982, 3, 1),
                emails: [household.Email],
                phones: [Landline],
                street: household.Street
            )
        );
        var john = Golden("G-john", Person("John", "Smith", Born(1980, 5, 17)));

        var decision = Models.DefaultMatcher().Decide(probe, [twin, john]);

        Assert.Equal((MatchDecisionKind.AutoMerge, "G-john"), (decision.Kind, decision.GoldenId));
    }

    [Fact]
    public void Evaluate_EqualScores_OldestCandidateFirst()
    {
        var older = Golden("G-older", Strong.Members[0]);
        var newer = Golden("G-newer", Strong.Members[0]);

        var scored = Models.DefaultMatcher().Evaluate(Probe, [older, newer]);

        Assert.Equal(["G-older", "G-newer"], scored.Select(s => s.GoldenId));
    }

    [Fact]
    public void Decide_SeveralCandidates_PicksTheBest()
    {
        var decision = Models.DefaultMatcher().Decide(Probe, [Weak, Medium, Strong]);

        Assert.Equal(MatchDecisionKind.AutoMerge, decision.Kind);
        Assert.Equal("G-strong", decision.GoldenId);
        Assert.Contains(decision.Explanation, c => c.Attribute == "email" && c.Comparator == "exact");
    }

    [Fact]
    public void Decide_NothingQualifies_ReturnsNone()
    {
        var decision = Models.DefaultMatcher().Decide(Probe, [Weak]);

        Assert.Equal((MatchDecisionKind.NoMatch, null, 0.0), (decision.Kind, decision.GoldenId, decision.Score));
        Assert.Empty(decision.Explanation);
    }

    [Fact]
    public void Decide_NoCandidates_ReturnsNone()
    {
        Assert.Equal(MatchDecisionKind.NoMatch, Models.DefaultMatcher().Decide(Probe, []).Kind);
        Assert.Null(FellegiSunterMatcher.Decide([]).GoldenId);
    }

    [Theory]
    [InlineData("at", "at", MatchDecisionKind.AutoMerge)]
    [InlineData("below", "below", MatchDecisionKind.AutoMerge)]
    [InlineData("above", "at", MatchDecisionKind.Review)]
    [InlineData("above", "below", MatchDecisionKind.Review)]
    [InlineData("above", "above", MatchDecisionKind.NoMatch)]
    public void Evaluate_Thresholds_AreInclusiveLowerBounds(string autoMerge, string review, MatchDecisionKind expected)
    {
        var nameOnly = Golden("G-1", Person("John", "Smith"));
        var probability = Models.DefaultMatcher().Evaluate(Probe, [nameOnly])[0].Probability;
        var thresholds = new MatchThresholds
        {
            AutoMerge = Around(probability, autoMerge),
            Review = Around(probability, review),
        };

        var scored = Models.DefaultMatcher(thresholds).Evaluate(Probe, [nameOnly]);

        Assert.Equal(expected, scored[0].Decision);
        Assert.Equal(expected, FellegiSunterMatcher.Decide(scored).Kind);
    }

    [Fact]
    public void Evaluate_SeveralCandidates_LooksEachTermUpOnce()
    {
        var terms = new TermCounts(1_000, ("f:smith", 20));
        var smiths = Enumerable.Range(1, 3).Select(i => Golden($"G-{i}", Person("Jane", "Smith"))).ToList();

        Models.DefaultMatcher(terms: terms).Evaluate(Probe, smiths);

        Assert.Single(terms.Asked, "f:smith");
    }

    private static double Around(double probability, string where) =>
        where switch
        {
            "at" => probability,
            "below" => Math.BitDecrement(probability),
            _ => Math.BitIncrement(probability),
        };
}
