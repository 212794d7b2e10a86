using Mdm.Evaluation.Metrics;
using Mdm.Matching.Resolution;

namespace Mdm.Evaluation.Tests;

public class PerfectStewardTests
{
    [Fact]
    public void Apply_ReviewsBetweenOneAndTwoEntities_MergesOnlyTheRightOnes()
    {
        var entityOf = Truth.Groups("a b c", "d e", "f");
        var clusterOf = Clusters(("X", "a b"), ("Y", "c"), ("Z", "d e"), ("W", "f"));
        ReviewPair[] reviews = [Review("c", "X", "Y"), Review("f", "Z", "W"), Review("c", "Z", "Y")];

        var after = PerfectSteward.Apply(clusterOf, reviews, entityOf);

        // Only X–Y is one person: {a b c} {d e} {f} is the truth exactly.
        var scores = PairwiseScores.Of(after, entityOf);
        Assert.Equal(1.0, scores.Precision);
        Assert.Equal(1.0, scores.Recall);
        Assert.Equal(after["a"], after["c"]);
        Assert.NotEqual(after["d"], after["f"]);
    }

    [Fact]
    public void Apply_MixedCluster_IsJudgedByItsMajorityEntity()
    {
        // X = {a b d} is mostly entity 1, so X–Y (c, entity 1) is accepted and X–Z (e, entity 2) rejected.
        var entityOf = Truth.Groups("a b c", "d e");
        var clusterOf = Clusters(("X", "a b d"), ("Y", "c"), ("Z", "e"));

        var after = PerfectSteward.Apply(clusterOf, [Review("c", "X", "Y"), Review("e", "X", "Z")], entityOf);

        // {a b c d} {e}: predicted 6 pairs, correct ab ac bc = 3; true pairs 4.
        var scores = PairwiseScores.Of(after, entityOf);
        Assert.Equal(0.5, scores.Precision, 12);
        Assert.Equal(0.75, scores.Recall, 12);
        Assert.Equal(0.6, scores.F1, 12);
    }

    [Fact]
    public void Apply_ClusterBNoLongerExists_UsesTheRecordsCurrentCluster()
    {
        var entityOf = Truth.Groups("a b");
        var clusterOf = Clusters(("X", "a"), ("Q", "b"));

        var after = PerfectSteward.Apply(clusterOf, [Review("b", "X", "gone")], entityOf);

        Assert.Equal(after["a"], after["b"]);
    }

    [Fact]
    public void Apply_NoReviews_KeepsTheClusters()
    {
        var entityOf = Truth.Groups("a b");
        var clusterOf = Clusters(("X", "a"), ("Y", "b"));

        Assert.Equal(0.0, PairwiseScores.Of(PerfectSteward.Apply(clusterOf, [], entityOf), entityOf).Recall);
    }

    private static ReviewPair Review(string recordKey, string clusterA, string clusterB) =>
        new(recordKey, clusterA, clusterB, 0);

    private static Dictionary<string, string> Clusters(params (string Id, string Keys)[] clusters) =>
        clusters
            .SelectMany(c => c.Keys.Split(' ').Select(key => (Key: key, c.Id)))
            .ToDictionary(x => x.Key, x => x.Id, StringComparer.Ordinal);
}
