namespace Mdm.Matching.Scoring;

/// <summary>How often a term (e.g. <c>f:smith</c>, <c>e:info@example.com</c>) occurs among golden records.</summary>
public interface ITermStatistics
{
    /// <summary>The number of golden records holding the term, and the number of golden records.</summary>
    (int Count, int Total) Frequency(string term);
}

/// <summary>Tuning of the scorer that is not learnt from data.</summary>
public sealed record ScoringOptions
{
    /// <summary>An email or phone held by this many golden records is a shared or placeholder value, not evidence.</summary>
    public int GenericThreshold { get; init; } = 4;

    /// <summary>A rare value may raise an exact agreement's weight by at most this many bits over the average.</summary>
    public double MaxFrequencyBoostBits { get; init; } = 4;

    /// <summary>
    /// Golden records' worth of prior belief in the average frequency: a value's own frequency only takes over once the
    /// hub holds many more golden records than this, so a young hub does not read every name as rare or common.
    /// </summary>
    public double FrequencyPriorWeight { get; init; } = 1_000;
}

/// <summary>A scored pair: the match weight in bits, its probability, and each attribute's contribution.</summary>
public sealed record PairScore(double Weight, double Probability, IReadOnlyList<MatchContribution> Contributions);

/// <summary>
/// Fellegi–Sunter scoring of a probe against a golden record as a whole: for each attribute the best agreement with any
/// member counts, except stable attributes (birth date, gender, suffix) where the worst does; exact agreements on
/// common values weigh less (term-frequency adjustment) and values shared by many golden records weigh nothing.
/// </summary>
public sealed class Scorer(ModelParameters parameters, IReadOnlyList<Comparison> comparisons, ScoringOptions options)
{
    private readonly double _priorWeight = Math.Log2(parameters.Prior / (1 - parameters.Prior));

    public ModelParameters Parameters => parameters;

    public PairScore Score(MatchRecord probe, IReadOnlyList<MatchRecord> members, ITermStatistics? terms)
    {
        var weight = _priorWeight;
        var contributions = new List<MatchContribution>(comparisons.Count);
        foreach (var comparison in comparisons)
        {
            var result = Combine(comparison, probe, members);
            if (result.IsMissing)
            {
                continue;
            }
            var probabilities = parameters.Comparisons[comparison.Attribute];
            var (contribution, label) = Weigh(comparison, probabilities, result, terms);
            weight += contribution;
            contributions.Add(
                new MatchContribution(
                    comparison.Attribute,
                    label,
                    result.Left,
                    result.Right,
                    result.Similarity,
                    contribution
                )
            );
        }
        return new PairScore(weight, ToProbability(weight), contributions);
    }

    public static double ToProbability(double weight) => 1 / (1 + Math.Pow(2, -weight));

    private static ComparisonResult Combine(
        Comparison comparison,
        MatchRecord probe,
        IReadOnlyList<MatchRecord> members
    )
    {
        var chosen = ComparisonResult.None;
        foreach (var member in members)
        {
            var result = comparison.Compare(probe, member);
            if (result.IsMissing)
            {
                continue;
            }
            var better = comparison.Stable ? result.Level > chosen.Level : result.Level < chosen.Level;
            if (chosen.IsMissing || better)
            {
                chosen = result;
            }
        }
        return chosen;
    }

    private (double Weight, string Label) Weigh(
        Comparison comparison,
        LevelProbabilities probabilities,
        ComparisonResult result,
        ITermStatistics? terms
    )
    {
        var label = comparison.Levels[result.Level];
        var weight = probabilities.Weight(result.Level);
        if (comparison.CanBeGeneric && result.Level == 0 && GenericValues.IsPlaceholder(result.Left))
        {
            return (0, "placeholder");
        }
        if (terms is null || comparison.FrequencyTerm(result) is not { } term)
        {
            return (weight, label);
        }
        var (count, total) = terms.Frequency(term);
        if (count <= 0 || total <= 0)
        {
            return (weight, label);
        }
        if (comparison.CanBeGeneric && count >= options.GenericThreshold)
        {
            return (0, "generic");
        }
        // The candidate itself holds the value: the others are what says how common it is.
        var others = count - 1 + probabilities.U[0] * options.FrequencyPriorWeight;
        var frequency = Math.Max(
            others / (total + options.FrequencyPriorWeight),
            probabilities.U[0] / Math.Pow(2, options.MaxFrequencyBoostBits)
        );
        return (Math.Log2(probabilities.M[0] / frequency), label + "-tf");
    }
}
