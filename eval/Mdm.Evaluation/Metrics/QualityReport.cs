namespace Mdm.Evaluation.Metrics;

/// <summary>How one resolver did on one labelled dataset.</summary>
/// <param name="Dataset">Dataset name.</param>
/// <param name="Records">Records resolved.</param>
/// <param name="Final">Pairwise scores of the resolver's clusters.</param>
/// <param name="AutoMergePrecision">Share of auto-merged pairs that are right, null when none.</param>
/// <param name="AfterSteward">Pairwise scores once a perfect steward has worked through the reviews.</param>
/// <param name="Reviews">Reviews queued.</param>
/// <param name="PairCompleteness">Share of true pairs compared or clustered together.</param>
/// <param name="RecordsPerSecond">Records normalized and resolved per second.</param>
/// <param name="GroupFalseMerges">Lookalike cohort → wrong auto-merges; empty for datasets without cohorts.</param>
internal sealed record QualityReport(
    string Dataset,
    int Records,
    PairwiseScores Final,
    double? AutoMergePrecision,
    PairwiseScores AfterSteward,
    int Reviews,
    double PairCompleteness,
    double RecordsPerSecond,
    IReadOnlyDictionary<string, int> GroupFalseMerges
)
{
    public double ReviewShare => Records == 0 ? 0 : (double)Reviews / Records;
}
