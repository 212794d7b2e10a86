using Mdm.Evaluation.Datasets;
using Mdm.Matching.Resolution;

namespace Mdm.Evaluation.Metrics;

internal static class Evaluator
{
    /// <summary>Scores <paramref name="result"/> against the truth of <paramref name="dataset"/>.</summary>
    /// <param name="elapsed">Time spent normalizing and resolving.</param>
    public static QualityReport Evaluate(LabelledDataset dataset, ResolutionResult result, TimeSpan elapsed)
    {
        var truth = dataset.EntityOf;
        var afterSteward = PerfectSteward.Apply(result.ClusterOf, result.Reviews, truth);
        var seconds = elapsed.TotalSeconds;
        return new QualityReport(
            dataset.Name,
            dataset.Records.Count,
            PairwiseScores.Of(result.ClusterOf, truth),
            AutoMergePrecision.Of(result.AutoMergedPairs, truth),
            PairwiseScores.Of(afterSteward, truth),
            result.Reviews.Count,
            PairCompleteness.Of(result.ClusterOf, result.CandidatePairs, truth),
            seconds > 0 ? dataset.Records.Count / seconds : double.PositiveInfinity,
            dataset.CohortOf.Count == 0
                ? new Dictionary<string, int>()
                : GroupFalseMerges.Count(result.AutoMergedPairs, truth, dataset.CohortOf)
        );
    }
}
