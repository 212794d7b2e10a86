namespace Mdm.Matching.Scoring;

/// <summary>The estimation steps of the trainer: EM with u held fixed, the prior, the corrections.</summary>
public static partial class ModelTrainer
{
    /// <summary>
    /// EM over <paramref name="vectors"/> with u fixed: re-estimates m for the comparisons not in
    /// <paramref name="fixedComparisons"/> (those the pairs were selected on, which therefore say nothing) and the prior.
    /// </summary>
    internal static (double[][] M, double[] Evidence) ExpectationMaximisation(
        List<int[]> vectors,
        double[][] m,
        double[][] u,
        IReadOnlyList<Comparison> comparisons,
        ISet<int> fixedComparisons,
        int iterations
    )
    {
        var prior = 0.5;
        var posterior = new double[vectors.Count];
        for (var iteration = 0; iteration < iterations && vectors.Count > 0; iteration++)
        {
            for (var i = 0; i < vectors.Count; i++)
            {
                posterior[i] = Posterior(vectors[i], m, u, prior, fixedComparisons);
            }
            var estimated = Frequencies(vectors, comparisons, i => posterior[i]);
            m = m.Select((old, k) => fixedComparisons.Contains(k) ? old : estimated[k]).ToArray();
            prior = Math.Clamp(posterior.Average(), 1e-6, 1 - 1e-6);
        }
        var evidence = new double[comparisons.Count];
        for (var i = 0; i < vectors.Count; i++)
        {
            for (var k = 0; k < comparisons.Count; k++)
            {
                evidence[k] += vectors[i][k] >= 0 ? posterior[i] : 0;
            }
        }
        return (m, evidence);
    }

    private static double[][] WithoutMatches(double[][] observed, double[][] m, double prior, double floor) =>
        observed
            .Select(
                (levels, k) =>
                    levels.Select((f, level) => Math.Clamp((f - prior * m[k][level]) / (1 - prior), floor, 1)).ToArray()
            )
            .ToArray();

    /// <summary>
    /// A weaker agreement never weighs more than a stronger one, and disagreement is never evidence for a match:
    /// EM on lookalike pairs (households, twins) can learn the opposite, which would be a rule no steward could defend.
    /// </summary>
    private static double[][] Monotone(double[][] m, double[][] u) =>
        m.Select(
                (levels, k) =>
                {
                    var adjusted = (double[])levels.Clone();
                    for (var level = 1; level < adjusted.Length; level++)
                    {
                        var ceiling = u[k][level] * adjusted[level - 1] / u[k][level - 1];
                        adjusted[level] = Math.Min(adjusted[level], ceiling);
                    }
                    adjusted[^1] = Math.Min(adjusted[^1], u[k][^1]);
                    return adjusted;
                }
            )
            .ToArray();

    /// <summary>With m and u settled, the share of candidate pairs that are matches (EM on the prior alone).</summary>
    private static double EstimatePrior(List<int[]> vectors, double[][] m, double[][] u, int iterations)
    {
        var prior = 0.1;
        var none = new HashSet<int>();
        for (var iteration = 0; iteration < iterations && vectors.Count > 0; iteration++)
        {
            prior = Math.Clamp(vectors.Average(v => Posterior(v, m, u, prior, none)), 1e-6, 1 - 1e-6);
        }
        return prior;
    }

    private static double Posterior(int[] levels, double[][] m, double[][] u, double prior, ISet<int> skip)
    {
        var logRatio = Math.Log(prior / (1 - prior));
        for (var k = 0; k < levels.Length; k++)
        {
            if (levels[k] >= 0 && !skip.Contains(k))
            {
                logRatio += Math.Log(m[k][levels[k]] / u[k][levels[k]]);
            }
        }
        return 1 / (1 + Math.Exp(-logRatio));
    }

    // Weighted share of each level among pairs where the comparison applies, with add-one smoothing so no level is 0.
    internal static double[][] Frequencies(
        List<int[]> vectors,
        IReadOnlyList<Comparison> comparisons,
        Func<int, double> weightOf
    )
    {
        var result = new double[comparisons.Count][];
        for (var k = 0; k < comparisons.Count; k++)
        {
            var counts = Enumerable.Repeat(0.5, comparisons[k].Levels.Count).ToArray();
            for (var i = 0; i < vectors.Count; i++)
            {
                if (vectors[i][k] >= 0)
                {
                    counts[vectors[i][k]] += weightOf(i);
                }
            }
            var total = counts.Sum();
            result[k] = counts.Select(c => c / total).ToArray();
        }
        return result;
    }

    internal static double[] InitialM(int levels)
    {
        var m = new double[levels];
        m[0] = 0.8;
        for (var l = 1; l < levels; l++)
        {
            m[l] = 0.2 / (levels - 1);
        }
        return m;
    }
}
