using Mdm.Matching;
using Mdm.Matching.Resolution;
using Mdm.Matching.Scoring;

namespace Mdm.Evaluation;

/// <summary>The resolver the runner evaluates: the engine's own, with parameters estimated without labels.</summary>
internal static class ResolverFactory
{
    public static MatchThresholds Thresholds { get; set; } = new();

    /// <param name="allRecords">Every normalized record of the dataset: u and m are estimated from them, without labels.</param>
    /// <param name="observer">Sees every record with its scored candidates (the diagnosis uses it).</param>
    public static IEntityResolver Create(
        IReadOnlyList<MatchRecord> allRecords,
        Action<MatchRecord, IReadOnlyList<ScoredCandidate>>? observer = null
    )
    {
        var parameters = Train(allRecords, "evaluation");
        var scorer = new Scorer(parameters, MatchModel.Comparisons, new ScoringOptions());
        return new InMemoryResolver(terms => new FellegiSunterMatcher(scorer, Thresholds, terms))
        {
            Observer = observer,
        };
    }

    public static ModelParameters Train(IReadOnlyList<MatchRecord> records, string version) =>
        ModelTrainer.Train(
            records,
            TrainingPairs.FromBlockingKeys(records),
            MatchModel.Comparisons,
            version,
            $"{records.Count} records, u from random pairs, m and prior by EM over blocked pairs"
        );
}
