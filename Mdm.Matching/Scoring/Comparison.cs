namespace Mdm.Matching.Scoring;

/// <summary>The outcome of comparing one attribute of two records.</summary>
/// <param name="Level">Index into <see cref="Comparison.Levels"/> (0 = strongest agreement), or <see cref="Missing"/>.</param>
/// <param name="Left">The probe's value compared.</param>
/// <param name="Right">The other record's value compared.</param>
/// <param name="Similarity">0..1.</param>
public readonly record struct ComparisonResult(int Level, string? Left, string? Right, double Similarity)
{
    /// <summary>One side has no value: the attribute is no evidence either way.</summary>
    public const int Missing = -1;

    public static ComparisonResult None { get; } = new(Missing, null, null, 0);

    public bool IsMissing => Level == Missing;
}

/// <summary>
/// One attribute's comparison with ordered agreement levels (strongest first, the last is "disagree").
/// The Fellegi–Sunter model holds an m and a u probability per level.
/// </summary>
public abstract class Comparison
{
    /// <summary>The attribute name used in explanations and the parameter file.</summary>
    public abstract string Attribute { get; }

    /// <summary>Level names, strongest agreement first; the last level is disagreement.</summary>
    public abstract IReadOnlyList<string> Levels { get; }

    /// <summary>
    /// True for attributes a person keeps for life (birth date, gender, generational suffix): when a probe is matched
    /// against a golden record as a whole, the worst agreement with any member counts, so one stray member cannot pull
    /// in someone who contradicts the others.
    /// </summary>
    public virtual bool Stable => false;

    public abstract ComparisonResult Compare(MatchRecord probe, MatchRecord other);

    /// <summary>The term whose frequency adjusts the weight of an exact agreement (e.g. <c>f:smith</c>), or null.</summary>
    public virtual string? FrequencyTerm(ComparisonResult result) => null;

    /// <summary>True when the term belongs to a value that many unrelated people share (placeholders, shared inboxes).</summary>
    public virtual bool CanBeGeneric => false;
}
