using Mdm.Matching.Candidates;

namespace Mdm.Matching.Scoring;

/// <summary>Probability thresholds of the two-threshold decision.</summary>
public sealed record MatchThresholds
{
    /// <summary>At or above: the source record joins the golden record.</summary>
    public double AutoMerge { get; init; } = 0.99;

    /// <summary>At or above (and below <see cref="AutoMerge"/>): a new golden record and a match review.</summary>
    public double Review { get; init; } = 0.8;
}

/// <summary>The probabilistic matcher: blocking keys for candidate search and locks, Fellegi–Sunter scores, two thresholds.</summary>
public sealed class FellegiSunterMatcher(Scorer scorer, MatchThresholds thresholds, ITermStatistics? terms) : IMatcher
{
    public MatchThresholds Thresholds => thresholds;

    public IReadOnlyList<string> BlockingKeys(MatchRecord record) => Candidates.BlockingKeys.For(record);

    /// <summary>Every candidate scored as a whole, best first.</summary>
    public IReadOnlyList<ScoredCandidate> Evaluate(MatchRecord probe, IReadOnlyList<GoldenCandidate> candidates)
    {
        // The probe's own values come up against every candidate: look each frequency up once per decision.
        var memo = terms is null ? null : new MemoizedTermStatistics(terms);
        return candidates
            .Select(c =>
            {
                var score = scorer.Score(probe, c.Members, memo);
                var (decision, explanation) = IdentityGuard.Apply(
                    Classify(score.Probability),
                    score.Contributions,
                    probe,
                    c.Members
                );
                return new ScoredCandidate(c.GoldenId, score.Probability, score.Weight, decision, explanation);
            })
            // A candidate ruled out (a different person by the identity guard) must not hide a weaker one that
            // qualifies; one capped at review still comes first, as the doubt it raises is the steward's to settle.
            .OrderByDescending(c => c.Decision != MatchDecisionKind.NoMatch)
            .ThenByDescending(c => c.Weight)
            .ToList();
    }

    public MatchDecision Decide(MatchRecord probe, IReadOnlyList<GoldenCandidate> candidates) =>
        Decide(Evaluate(probe, candidates));

    /// <summary>The decision for the best of <paramref name="scored"/> (best first, as <see cref="Evaluate"/> orders them).</summary>
    public static MatchDecision Decide(IReadOnlyList<ScoredCandidate> scored)
    {
        var best = scored.Count > 0 ? scored[0] : null;
        return best is null || best.Decision == MatchDecisionKind.NoMatch
            ? MatchDecision.None
            : new MatchDecision(best.Decision, best.GoldenId, best.Probability, best.Explanation);
    }

    private MatchDecisionKind Classify(double probability) =>
        probability >= thresholds.AutoMerge ? MatchDecisionKind.AutoMerge
        : probability >= thresholds.Review ? MatchDecisionKind.Review
        : MatchDecisionKind.NoMatch;
}
