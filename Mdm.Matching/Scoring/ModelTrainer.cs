using System.Globalization;

namespace Mdm.Matching.Scoring;

/// <summary>How to estimate the model.</summary>
public sealed record TrainingOptions
{
    /// <summary>Random record pairs used to estimate u (almost all of them are non-matches).</summary>
    public int RandomPairs { get; init; } = 200_000;

    public int Iterations { get; init; } = 40;
    public int Seed { get; init; } = 20261123;
}

/// <summary>
/// Estimates Fellegi–Sunter parameters without labels: u from random record pairs, then m and the prior by
/// expectation–maximisation over candidate pairs with u held fixed. Pure: the same inputs give the same file.
/// </summary>
public static partial class ModelTrainer
{
    /// <param name="records">The records to learn from (no labels).</param>
    /// <param name="candidatePairs">Pairs candidate search would compare: the prior is estimated over them.</param>
    /// <param name="comparisons">The comparisons of the model.</param>
    /// <param name="version">Version written into the file.</param>
    /// <param name="trainedOn">What the records were.</param>
    /// <param name="options">Sampling and iteration settings.</param>
    public static ModelParameters Train(
        IReadOnlyList<MatchRecord> records,
        IReadOnlyList<(int A, int B)> candidatePairs,
        IReadOnlyList<Comparison> comparisons,
        string version,
        string trainedOn,
        TrainingOptions? options = null
    )
    {
        options ??= new TrainingOptions();
        var observed = EstimateU(records, comparisons, options);
        var vectors = candidatePairs.Select(p => Levels(records[p.A], records[p.B], comparisons)).ToList();
        var allPairs = records.Count * (records.Count - 1.0) / 2;
        var u = observed;
        double[][] m = [];
        var prior = 0.0;
        // Random pairs include the true matches too (about one in N), which is as often as two strangers share an
        // email: the second round takes the expected matches out of u, or an exact email would look like chance.
        for (var round = 0; round < 2; round++)
        {
            m = Monotone(TrainingSessions.EstimateM(records, comparisons, u, options.Iterations), u);
            // The share of candidate pairs that match, turned into the chance that two records drawn at random match:
            // scores then read as evidence against a population, not against a pre-filtered list.
            var candidateShare = EstimatePrior(vectors, m, u, options.Iterations);
            prior = Math.Clamp(candidateShare * candidatePairs.Count / Math.Max(allPairs, 1), 1e-9, 0.5);
            u = WithoutMatches(observed, m, prior, 0.5 / Math.Max(options.RandomPairs, 1));
        }
        return Build(comparisons, m, u, prior, version, trainedOn);
    }

    /// <summary>Re-estimates m and u from pairs a steward labelled (match or not), keeping the prior of <paramref name="basis"/>.</summary>
    public static ModelParameters FromLabelledPairs(
        IReadOnlyList<(MatchRecord A, MatchRecord B, bool IsMatch)> pairs,
        IReadOnlyList<Comparison> comparisons,
        ModelParameters basis,
        string version
    )
    {
        var matches = pairs.Where(p => p.IsMatch).Select(p => Levels(p.A, p.B, comparisons)).ToList();
        var nonMatches = pairs.Where(p => !p.IsMatch).Select(p => Levels(p.A, p.B, comparisons)).ToList();
        var m = Frequencies(matches, comparisons, _ => 1.0);
        var u = Frequencies(nonMatches, comparisons, _ => 1.0);
        return Build(comparisons, m, u, basis.Prior, version, $"{pairs.Count} labelled pairs over {basis.Version}");
    }

    internal static int[] Levels(MatchRecord a, MatchRecord b, IReadOnlyList<Comparison> comparisons)
    {
        var levels = new int[comparisons.Count];
        for (var k = 0; k < comparisons.Count; k++)
        {
            levels[k] = comparisons[k].Compare(a, b).Level;
        }
        return levels;
    }

    private static double[][] EstimateU(
        IReadOnlyList<MatchRecord> records,
        IReadOnlyList<Comparison> comparisons,
        TrainingOptions options
    )
    {
        var random = new Random(options.Seed);
        var vectors = new List<int[]>(options.RandomPairs);
        for (var i = 0; i < options.RandomPairs && records.Count > 1; i++)
        {
            var a = random.Next(records.Count);
            var b = random.Next(records.Count - 1);
            vectors.Add(Levels(records[a], records[b >= a ? b + 1 : b], comparisons));
        }
        return Frequencies(vectors, comparisons, _ => 1.0);
    }

    private static ModelParameters Build(
        IReadOnlyList<Comparison> comparisons,
        double[][] m,
        double[][] u,
        double prior,
        string version,
        string trainedOn
    ) =>
        new()
        {
            Version = version,
            TrainedOn = trainedOn,
            Prior = prior,
            Comparisons = comparisons
                .Select((c, k) => (c.Attribute, Levels: new LevelProbabilities(Round(m[k]), Round(u[k]))))
                .ToDictionary(x => x.Attribute, x => x.Levels, StringComparer.Ordinal),
        };

    // Eight significant digits, not eight decimals: a tiny u must not round to zero (an infinite weight) or move past
    // its neighbour level (breaking the monotone order).
    private static double[] Round(double[] values) =>
        values
            .Select(v => double.Parse(v.ToString("G8", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))
            .ToArray();
}
