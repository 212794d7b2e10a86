using Mdm.Evaluation.Datasets;
using Mdm.Evaluation.Metrics;
using Mdm.Matching;
using Mdm.Matching.Resolution;

namespace Mdm.Evaluation.Tests;

public class EvaluatorTests
{
    [Fact]
    public void Evaluate_SmallResult_ReportsEveryMeasure()
    {
        var entityOf = Truth.Groups("a b c", "d e");
        var records = entityOf.Keys.Select(key => new PersonInput { Key = key }).ToList();
        var dataset = LabelledDataset.Create("tiny", records, entityOf);
        // Clusters {a b} {c} {d} {e}; a–b auto-merged; both reviews join one person; no other candidate.
        var clusterOf = Truth.Groups("a b", "c", "d", "e");
        var result = new ResolutionResult(
            clusterOf,
            [
                new ReviewPair("c", clusterOf["a"], clusterOf["c"], 1),
                new ReviewPair("e", clusterOf["d"], clusterOf["e"], 1),
            ],
            new HashSet<(string, string)> { ("a", "b") },
            new HashSet<(string, string)> { ("a", "b") }
        );

        var report = Evaluator.Evaluate(dataset, result, TimeSpan.FromSeconds(2));

        Assert.Equal(5, report.Records);
        Assert.Equal(4, report.Final.TruePairs);
        Assert.Equal(1.0, report.Final.Precision);
        Assert.Equal(0.25, report.Final.Recall, 12);
        Assert.Equal(1.0, report.AutoMergePrecision);
        Assert.Equal(1.0, report.AfterSteward.F1, 12);
        Assert.Equal(2, report.Reviews);
        Assert.Equal(0.4, report.ReviewShare, 12);
        Assert.Equal(0.25, report.PairCompleteness, 12);
        Assert.Equal(2.5, report.RecordsPerSecond, 12);
        Assert.Empty(report.GroupFalseMerges);
    }
}
