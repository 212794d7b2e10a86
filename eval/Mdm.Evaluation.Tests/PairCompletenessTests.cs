using Mdm.Evaluation.Metrics;

namespace Mdm.Evaluation.Tests;

public class PairCompletenessTests
{
    // Truth {a b c} {d e}: true pairs ab, ac, bc, de.
    private static readonly Dictionary<string, string> EntityOf = Truth.Groups("a b c", "d e");

    [Fact]
    public void Of_CandidatesAndClusters_CountsEachTruePairOnce()
    {
        // ab is clustered (and also a candidate: not counted twice); bc and de (both orientations) are candidates;
        // cd is a false candidate; ac is missed. Covered: ab, bc, de = 3 of 4.
        var clusterOf = Truth.Groups("a b", "c", "d", "e");
        (string, string)[] candidates = [("a", "b"), ("b", "c"), ("c", "d"), ("e", "d"), ("d", "e")];

        Assert.Equal(0.75, PairCompleteness.Of(clusterOf, candidates, EntityOf), 12);
    }

    [Fact]
    public void Of_TransitiveClusterWithoutCandidates_CoversAllItsPairs()
    {
        Assert.Equal(0.75, PairCompleteness.Of(Truth.Groups("a b c", "d", "e"), [], EntityOf), 12);
    }

    [Fact]
    public void Of_TruthWithoutPairs_IsOne()
    {
        Assert.Equal(1.0, PairCompleteness.Of(Truth.Groups("a", "b"), [], Truth.Groups("a", "b")));
    }
}
