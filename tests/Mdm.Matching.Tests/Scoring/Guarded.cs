using Mdm.Matching.Scoring;

namespace Mdm.Matching.Tests.Scoring;

/// <summary>
/// The default model with thresholds that send every pair to auto-merge, so a decision below it is the identity
/// guard's doing whatever the trained weights are.
/// </summary>
internal static class Guarded
{
    private static readonly FellegiSunterMatcher Matcher = Models.DefaultMatcher(
        new MatchThresholds { AutoMerge = 0, Review = 0 }
    );

    public static ScoredCandidate Evaluate(MatchRecord probe, params MatchRecord[] members) =>
        Evaluate(Matcher, probe, members);

    public static ScoredCandidate Evaluate(
        FellegiSunterMatcher matcher,
        MatchRecord probe,
        params MatchRecord[] members
    ) => Assert.Single(matcher.Evaluate(probe, [new GoldenCandidate("G-1", members)]));

    /// <summary>The rule the guard added to the explanation, or null.</summary>
    public static MatchContribution? Rule(ScoredCandidate scored) =>
        scored.Explanation.SingleOrDefault(c => c.Attribute == "identity-guard");
}
