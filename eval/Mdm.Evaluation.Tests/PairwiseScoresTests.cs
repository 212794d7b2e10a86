using Mdm.Evaluation.Metrics;

namespace Mdm.Evaluation.Tests;

public class PairwiseScoresTests
{
    // Truth {a b c} {d e}: 3 + 1 = 4 true pairs.
    private static readonly Dictionary<string, string> EntityOf = Truth.Groups("a b c", "d e");

    [Fact]
    public void Of_OneRightAndOneWrongMerge_CountsPairsPerClusterAndEntity()
    {
        // Clusters {a b} {c d} {e}: predicted pairs ab, cd; only ab is true.
        var scores = PairwiseScores.Of(Truth.Groups("a b", "c d", "e"), EntityOf);

        Assert.Equal(2, scores.PredictedPairs);
        Assert.Equal(4, scores.TruePairs);
        Assert.Equal(1, scores.CorrectPairs);
        Assert.Equal(0.5, scores.Precision, 12);
        Assert.Equal(0.25, scores.Recall, 12);
        Assert.Equal(1.0 / 3, scores.F1, 12); // 2·0.5·0.25 / 0.75
    }

    [Fact]
    public void Of_EverythingInOneCluster_HasFullRecallAndTruePairsOverAllPairs()
    {
        var scores = PairwiseScores.Of(Truth.Groups("a b c d e"), EntityOf);

        Assert.Equal(10, scores.PredictedPairs); // 5 choose 2
        Assert.Equal(0.4, scores.Precision, 12); // 4 / 10
        Assert.Equal(1.0, scores.Recall, 12);
        Assert.Equal(0.8 / 1.4, scores.F1, 12);
    }

    [Fact]
    public void Of_AllSingletons_HasVacuousPrecisionAndNoRecall()
    {
        var scores = PairwiseScores.Of(Truth.Groups("a", "b", "c", "d", "e"), EntityOf);

        Assert.Equal(0, scores.PredictedPairs);
        Assert.Equal(1.0, scores.Precision);
        Assert.Equal(0.0, scores.Recall);
        Assert.Equal(0.0, scores.F1);
    }

    [Fact]
    public void Of_RecordWithoutCluster_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => PairwiseScores.Of(Truth.Groups("a b c", "d"), EntityOf));
    }

    [Fact]
    public void PairsWithin_GroupsOfFourThreeAndOne_AddsTheirPairs()
    {
        Assert.Equal(6 + 3 + 0, PairwiseScores.PairsWithin(Truth.Groups("a b c d", "e f g", "h")));
    }
}
