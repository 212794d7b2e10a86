using Mdm.Evaluation.Datasets;

namespace Mdm.Evaluation.Tests;

/// <summary>
/// Issue #3: quality floors on the shared labelled datasets, run through the same pipeline as the evaluation command.
/// A change that makes matching worse than these floors fails the build. The floors sit a little under the figures in
/// docs/quality.md; raise them when the engine improves.
/// </summary>
public sealed class QualityFloorTests
{
    [Theory]
    [InlineData("febrl1", 0.92, 0.98, 0.99)]
    [InlineData("febrl1-ssn", 0.94, 0.995, 0.995)]
    [InlineData("febrl2", 0.88, 0.97, 0.99)]
    [InlineData("fake_1000", 0.65, 0.84, 0.88)]
    public void Evaluation_SharedDataset_StaysAboveFloors(
        string dataset,
        double f1,
        double f1AfterReview,
        double pairCompleteness
    )
    {
        var (report, _) = EvaluationRun.Run(DatasetCatalog.Load(dataset));

        Assert.True(report.Final.F1 >= f1, $"{dataset}: F1 {report.Final.F1:F4} < {f1}");
        Assert.True(
            report.AfterSteward.F1 >= f1AfterReview,
            $"{dataset}: F1 after review {report.AfterSteward.F1:F4} < {f1AfterReview}"
        );
        Assert.True(
            report.PairCompleteness >= pairCompleteness,
            $"{dataset}: pair completeness {report.PairCompleteness:F4} < {pairCompleteness}"
        );
        Assert.True(
            report.AutoMergePrecision is null or >= 0.995,
            $"{dataset}: auto-merge precision {report.AutoMergePrecision:F4}"
        );
    }

    [Fact]
    public void Evaluation_MultiChannelSample_MeetsAutoMergePrecisionAndLeavesLookalikesAlone()
    {
        var (report, _) = EvaluationRun.Run(DatasetCatalog.Load("sample"));

        Assert.True(report.AutoMergePrecision >= 0.995, $"auto-merge precision {report.AutoMergePrecision:F4}");
        Assert.True(report.Final.F1 >= 0.91, $"F1 {report.Final.F1:F4}");
        Assert.True(report.AfterSteward.F1 >= 0.955, $"F1 after review {report.AfterSteward.F1:F4}");
        Assert.True(report.ReviewShare <= 0.05, $"reviews {report.ReviewShare:P1}");
        Assert.True(
            report.GroupFalseMerges.GetValueOrDefault("junior-senior") <= 6,
            $"{report.GroupFalseMerges.GetValueOrDefault("junior-senior")} Jr/Sr pairs auto-merged"
        );
        Assert.True(report.GroupFalseMerges.GetValueOrDefault("household") == 0, "a household was auto-merged");
        Assert.True(report.GroupFalseMerges.GetValueOrDefault("twin") == 0, "twins were auto-merged");
    }
}
