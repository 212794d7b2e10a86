using Mdm.Matching.Scoring;

namespace Mdm.Matching.Tests.Scoring;

public sealed class DefaultModelTests
{
    private static readonly ModelParameters Model = DefaultModel.Load();

    // The file keeps 8 decimals, which moves the weight of a tiny probability by a few thousandths of a bit.
    private const double Tolerance = 1e-3;

    [Fact]
    public void Load_HasEveryComparisonWithItsLevels()
    {
        foreach (var comparison in MatchModel.Comparisons)
        {
            var levels = Model.Comparisons[comparison.Attribute];
            Assert.Equal(comparison.Levels.Count, levels.M.Count);
            Assert.Equal(comparison.Levels.Count, levels.U.Count);
        }
        Assert.InRange(Model.Prior, double.Epsilon, 0.5);
        Assert.False(string.IsNullOrWhiteSpace(Model.Version));
    }

    [Fact]
    public void Load_Probabilities_AreProbabilities()
    {
        foreach (var levels in Model.Comparisons.Values)
        {
            Assert.All(levels.M.Concat(levels.U), p => Assert.InRange(p, double.Epsilon, 1));
        }
    }

    [Fact]
    public void Load_WeakerAgreement_NeverWeighsMore()
    {
        foreach (var comparison in MatchModel.Comparisons)
        {
            var levels = Model.Comparisons[comparison.Attribute];
            for (var level = 1; level < comparison.Levels.Count; level++)
            {
                Assert.True(
                    levels.Weight(level) <= levels.Weight(level - 1) + Tolerance,
                    $"{comparison.Attribute}: {comparison.Levels[level]} outweighs {comparison.Levels[level - 1]}"
                );
            }
            Assert.True(
                levels.Weight(comparison.Levels.Count - 1) <= Tolerance,
                $"{comparison.Attribute}: disagreement is evidence"
            );
        }
    }
}
