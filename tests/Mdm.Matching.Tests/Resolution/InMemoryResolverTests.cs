using static Mdm.Matching.Tests.Candidates.People;
using static Mdm.Matching.Tests.Resolution.Resolvers;

namespace Mdm.Matching.Tests.Resolution;

public sealed class InMemoryResolverTests
{
    [Fact]
    public void Resolve_ExactDuplicatesOfOnePerson_EndInOneCluster()
    {
        var result = Create().Resolve(William, William with { Key = "web/7" }, William with { Key = "pos/3" });

        Assert.Single(result.ClusterOf.Values.Distinct(StringComparer.Ordinal));
        Assert.Empty(result.Reviews);
        Assert.Equivalent(
            new[] { Pair("crm/1", "web/7"), Pair("crm/1", "pos/3"), Pair("web/7", "pos/3") },
            result.AutoMergedPairs,
            strict: true
        );
    }

    [Fact]
    public void Resolve_DifferentPeopleWithNothingInCommon_StayApart()
    {
        var result = Create().Resolve(William, Maria);

        Assert.NotEqual(result.ClusterOf["crm/1"], result.ClusterOf["web/2"]);
        Assert.Empty(result.Reviews);
        Assert.Empty(result.AutoMergedPairs);
        Assert.Empty(result.CandidatePairs);
    }

    [Fact]
    public void Resolve_SameNameOnly_IsReviewedBetweenThresholdsNotMerged()
    {
        var nameOnly = new PersonInput
        {
            Key = "pos/9",
            GivenName = "William",
            FamilyName = "Smith",
        };

        var result = Create().Resolve(William, nameOnly);

        var review = Assert.Single(result.Reviews);
        Assert.Equal(("pos/9", "crm/1", "pos/9"), (review.RecordKey, review.ClusterA, review.ClusterB));
        Assert.InRange(review.Score, Thresholds.Review, Thresholds.AutoMerge);
        Assert.NotEqual(Thresholds.AutoMerge, review.Score);
        Assert.NotEqual(result.ClusterOf["crm/1"], result.ClusterOf["pos/9"]);
        Assert.Equal([Pair("crm/1", "pos/9")], result.CandidatePairs);
        Assert.Empty(result.AutoMergedPairs);
    }

    // Everything else agrees, but a different given name can be a twin or a spouse: a steward decides.
    [Fact]
    public void Resolve_DifferentGivenNameRestEqual_IsReviewedNotMerged()
    {
        var result = Create().Resolve(William, William with { Key = "web/7", GivenName = "Peter" });

        Assert.Equal("web/7", Assert.Single(result.Reviews).RecordKey);
        Assert.NotEqual(result.ClusterOf["crm/1"], result.ClusterOf["web/7"]);
        Assert.Equal([Pair("crm/1", "web/7")], result.CandidatePairs);
        Assert.Empty(result.AutoMergedPairs);
    }

    [Fact]
    public void Resolve_DuplicateAfterAReview_JoinsTheOriginalCluster()
    {
        var nameOnly = new PersonInput
        {
            Key = "pos/9",
            GivenName = "William",
            FamilyName = "Smith",
        };

        var result = Create().Resolve(William, nameOnly, William with { Key = "web/7" });

        Assert.Equal(result.ClusterOf["crm/1"], result.ClusterOf["web/7"]);
        Assert.Contains(Pair("crm/1", "web/7"), result.AutoMergedPairs);
        Assert.DoesNotContain(result.AutoMergedPairs, p => p.Item1 == "pos/9" || p.Item2 == "pos/9");
    }
}
