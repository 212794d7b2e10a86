namespace Mdm.Matching;

/// <summary>
/// The one seam through which the rest of CustomerMdm uses matching.
/// The caller locks the blocking keys, finds the golden records that share any of them,
/// and asks the matcher to decide.
/// </summary>
public interface IMatcher
{
    /// <summary>
    /// The keys under which this record can be found by a candidate search and which are locked while
    /// a decision about it is made. Two records that could ever match share at least one key.
    /// </summary>
    IReadOnlyList<string> BlockingKeys(MatchRecord record);

    /// <summary>Scores every candidate golden record as a whole, best first, each with the decision its score gives.</summary>
    IReadOnlyList<ScoredCandidate> Evaluate(MatchRecord probe, IReadOnlyList<GoldenCandidate> candidates);

    /// <summary>Decides which candidate, if any, the probe belongs to.</summary>
    /// <param name="probe">The incoming source record.</param>
    /// <param name="candidates">Candidate golden records, oldest first (ties go to the oldest).</param>
    MatchDecision Decide(MatchRecord probe, IReadOnlyList<GoldenCandidate> candidates);
}

/// <summary>A candidate golden record with its score and the decision the thresholds give it.</summary>
/// <param name="GoldenId">The candidate.</param>
/// <param name="Probability">Match probability, 0..1.</param>
/// <param name="Weight">Match weight in bits (log2 of the odds).</param>
/// <param name="Decision">What the thresholds make of it.</param>
/// <param name="Explanation">Per-attribute contributions.</param>
public sealed record ScoredCandidate(
    string GoldenId,
    double Probability,
    double Weight,
    MatchDecisionKind Decision,
    IReadOnlyList<MatchContribution> Explanation
);

/// <summary>What to do with a probe, weakest first (the values are ordered).</summary>
public enum MatchDecisionKind
{
    /// <summary>No candidate is the same person: start a new golden record.</summary>
    NoMatch,

    /// <summary>A new golden record, plus a potential match with <see cref="MatchDecision.GoldenId"/> for a steward.</summary>
    Review,

    /// <summary>The probe joins <see cref="MatchDecision.GoldenId"/>.</summary>
    AutoMerge,
}

/// <summary>A decision with the evidence behind it.</summary>
/// <param name="Kind">The decision.</param>
/// <param name="GoldenId">The chosen candidate, or null for <see cref="MatchDecisionKind.NoMatch"/>.</param>
/// <param name="Score">The score of the chosen candidate (0 when none).</param>
/// <param name="Explanation">Per-attribute contributions to the score.</param>
public sealed record MatchDecision(
    MatchDecisionKind Kind,
    string? GoldenId,
    double Score,
    IReadOnlyList<MatchContribution> Explanation
)
{
    /// <summary>The decision when nothing matched.</summary>
    public static MatchDecision None { get; } = new(MatchDecisionKind.NoMatch, null, 0, []);
}

/// <summary>One attribute's part in a score.</summary>
/// <param name="Attribute">The attribute compared (e.g. <c>email</c>).</param>
/// <param name="Comparator">How it was compared (e.g. <c>exact</c>).</param>
/// <param name="Left">The probe's value.</param>
/// <param name="Right">The candidate's value.</param>
/// <param name="Similarity">0..1.</param>
/// <param name="Weight">Contribution to the score.</param>
public sealed record MatchContribution(
    string Attribute,
    string Comparator,
    string? Left,
    string? Right,
    double Similarity,
    double Weight
);
