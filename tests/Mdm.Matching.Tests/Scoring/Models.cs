using Mdm.Matching.Scoring;

namespace Mdm.Matching.Tests.Scoring;

/// <summary>Models whose weights are known without training, and matchers over them.</summary>
internal static class Models
{
    /// <summary>Every comparison: the strongest level 80% of matches, the weakest 90% of non-matches.</summary>
    public static ModelParameters HandMade(double prior = 0.01) =>
        new()
        {
            Version = "test.hand-made",
            Prior = prior,
            Comparisons = MatchModel.Comparisons.ToDictionary(
                c => c.Attribute,
                c => Levels(c.Levels.Count),
                StringComparer.Ordinal
            ),
        };

    public static Scorer Scorer(ModelParameters? parameters = null, ScoringOptions? options = null) =>
        new(parameters ?? HandMade(), MatchModel.Comparisons, options ?? new ScoringOptions());

    public static FellegiSunterMatcher DefaultMatcher(
        MatchThresholds? thresholds = null,
        ITermStatistics? terms = null
    ) => new(Scorer(DefaultModel.Load()), thresholds ?? new MatchThresholds(), terms);

    public static double PriorWeight(ModelParameters parameters) =>
        Math.Log2(parameters.Prior / (1 - parameters.Prior));

    private static LevelProbabilities Levels(int count)
    {
        var m = Enumerable.Range(0, count).Select(l => l == 0 ? 0.8 : 0.2 / (count - 1)).ToArray();
        var u = Enumerable.Range(0, count).Select(l => l == count - 1 ? 0.9 : 0.1 / (count - 1)).ToArray();
        return new LevelProbabilities(m, u);
    }
}
