using Mdm.Matching.Scoring;

namespace Mdm.Matching.Tests.Scoring;

public sealed class ModelParametersTests
{
    [Fact]
    public void ToJson_FromJson_RoundTrips()
    {
        var model = Models.HandMade(prior: 0.000123) with { TrainedOn = "hand-made for a test" };

        var read = ModelParameters.FromJson(model.ToJson(), MatchModel.Comparisons);

        Assert.Equal(
            (model.Format, model.Version, model.TrainedOn, model.Prior),
            (read.Format, read.Version, read.TrainedOn, read.Prior)
        );
        Assert.Equal(
            model.Comparisons.Keys.Order(StringComparer.Ordinal),
            read.Comparisons.Keys.Order(StringComparer.Ordinal)
        );
        foreach (var (attribute, levels) in model.Comparisons)
        {
            Assert.Equal(levels.M, read.Comparisons[attribute].M);
            Assert.Equal(levels.U, read.Comparisons[attribute].U);
        }
    }

    [Fact]
    public void FromJson_OtherFormat_Throws()
    {
        var json = (Models.HandMade() with { Format = ModelParameters.CurrentFormat + 1 }).ToJson();

        Assert.Throws<InvalidDataException>(() => ModelParameters.FromJson(json, MatchModel.Comparisons));
    }

    [Fact]
    public void FromJson_ComparisonMissing_ThrowsNamingIt()
    {
        var model = Models.HandMade();
        var withoutEmail = model with
        {
            Comparisons = model.Comparisons.Where(c => c.Key != "email").ToDictionary(StringComparer.Ordinal),
        };

        var error = Assert.Throws<InvalidDataException>(() =>
            ModelParameters.FromJson(withoutEmail.ToJson(), MatchModel.Comparisons)
        );
        Assert.Contains("'email'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_WrongNumberOfLevels_Throws()
    {
        var model = Models.HandMade();
        var comparisons = model.Comparisons.ToDictionary(StringComparer.Ordinal);
        comparisons["givenName"] = new LevelProbabilities([0.9, 0.1], [0.1, 0.9]);

        Assert.Throws<InvalidDataException>(() =>
            ModelParameters.FromJson((model with { Comparisons = comparisons }).ToJson(), MatchModel.Comparisons)
        );
    }

    [Fact]
    public void LevelProbabilities_Weight_IsBitsOfEvidence()
    {
        var levels = new LevelProbabilities([0.8, 0.2], [0.1, 0.4]);

        Assert.Equal(3, levels.Weight(0), 9);
        Assert.Equal(-1, levels.Weight(1), 9);
    }
}
