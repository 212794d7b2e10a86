using Mdm.Matching.Normalization;
using Mdm.Matching.Resolution;
using Mdm.Matching.Scoring;

namespace Mdm.Matching.Tests.Resolution;

/// <summary>The resolver as the evaluation builds it, with the shipped model.</summary>
internal static class Resolvers
{
    private static readonly ModelParameters Model = DefaultModel.Load();

    public static MatchThresholds Thresholds { get; } = new();

    public static InMemoryResolver Create(
        Action<MatchRecord, IReadOnlyList<ScoredCandidate>>? observer = null,
        int maxCandidates = 20
    ) =>
        new(
            terms => new FellegiSunterMatcher(
                new Scorer(Model, MatchModel.Comparisons, new ScoringOptions()),
                Thresholds,
                terms
            ),
            maxCandidates
        )
        {
            Observer = observer,
        };

    public static ResolutionResult Resolve(this InMemoryResolver resolver, params PersonInput[] people) =>
        resolver.Resolve(people.Select(PersonNormalizer.Normalize).ToList());

    public static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
