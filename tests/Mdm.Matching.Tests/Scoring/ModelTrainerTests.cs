using Mdm.Matching.Scoring;

namespace Mdm.Matching.Tests.Scoring;

public sealed class ModelTrainerTests
{
    private static readonly List<MatchRecord> Records = SyntheticPopulation.Build(people: 150, seed: 7);
    private static readonly TrainingOptions Options = new() { RandomPairs = 20_000 };

    private static readonly Lazy<ModelParameters> Trained = new(Train);

    // The file keeps 8 decimals, which moves the weight of a tiny probability by a few thousandths of a bit.
    private const double Tolerance = 1e-3;

    [Theory]
    [InlineData("givenName")]
    [InlineData("familyName")]
    [InlineData("birthDate")]
    [InlineData("email")]
    [InlineData("phone")]
    public void Train_ExactAgreement_OutweighsDisagreement(string attribute)
    {
        var levels = Trained.Value.Comparisons[attribute];

        Assert.True(levels.Weight(0) > 0, $"exact {attribute} is evidence for a match");
        Assert.True(levels.Weight(levels.M.Count - 1) < 0, $"a different {attribute} is evidence against");
    }

    [Fact]
    public void Train_WeakerAgreement_NeverWeighsMore()
    {
        foreach (var comparison in MatchModel.Comparisons)
        {
            var levels = Trained.Value.Comparisons[comparison.Attribute];
            for (var level = 1; level < comparison.Levels.Count; level++)
            {
                Assert.True(
                    levels.Weight(level) <= levels.Weight(level - 1) + Tolerance,
                    $"{comparison.Attribute}: {comparison.Levels[level]}"
                );
            }
        }
    }

    [Fact]
    public void Train_Prior_IsAProbability()
    {
        Assert.InRange(Trained.Value.Prior, double.Epsilon, 0.5);
    }

    [Fact]
    public void Train_Result_LoadsBackAndNamesItsSource()
    {
        var read = ModelParameters.FromJson(Trained.Value.ToJson(), MatchModel.Comparisons);

        Assert.Equal(("test.synthetic", "300 synthetic records"), (read.Version, read.TrainedOn));
    }

    [Fact]
    public void Train_SameInputs_SameFile()
    {
        Assert.Equal(Trained.Value.ToJson(), Train().ToJson());
    }

    [Fact]
    public void Train_Model_MergesAPersonAndKeepsStrangersApart()
    {
        var matcher = new FellegiSunterMatcher(
            new Scorer(Trained.Value, MatchModel.Comparisons, new ScoringOptions()),
            new MatchThresholds(),
            null
        );
        var first = Records[0];

        var same = matcher.Decide(first, [new GoldenCandidate("G-same", [first with { Key = "web/copy" }])]);
        var stranger = matcher.Decide(first, [new GoldenCandidate("G-other", [Records[2]])]);

        Assert.Equal(MatchDecisionKind.AutoMerge, same.Kind);
        Assert.Equal(MatchDecisionKind.NoMatch, stranger.Kind);
    }

    private static ModelParameters Train() =>
        ModelTrainer.Train(
            Records,
            TrainingPairs.FromBlockingKeys(Records),
            MatchModel.Comparisons,
            "test.synthetic",
            "300 synthetic records",
            Options
        );
}
