using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Candidates.People;
using static Mdm.Matching.Tests.Resolution.Resolvers;

namespace Mdm.Matching.Tests.Resolution;

public sealed class InMemoryResolverObserverTests
{
    [Fact]
    public void Observer_EachRecord_IsCalledOnceInOrderWithOnlyEarlierClustersAsCandidates()
    {
        var seen = new List<(string Key, IReadOnlyList<ScoredCandidate> Candidates)>();
        var resolver = Create((record, scored) => seen.Add((record.Key, scored)));

        var result = resolver.Resolve(William, Maria, William with { Key = "web/7" });

        Assert.Equal(["crm/1", "web/2", "web/7"], seen.Select(s => s.Key));
        Assert.Empty(seen[0].Candidates);
        Assert.Empty(seen[1].Candidates);
        var candidate = Assert.Single(seen[2].Candidates);
        Assert.Equal(result.ClusterOf["crm/1"], candidate.GoldenId);
        Assert.Equal(MatchDecisionKind.AutoMerge, candidate.Decision);
    }

    [Fact]
    public void Observer_SeveralCandidates_ReceivesThemBestFirst()
    {
        var scores = new List<IReadOnlyList<ScoredCandidate>>();
        var mary = William with
        {
            Key = "crm/2",
            GivenName = "Mary",
            BirthDate = new DateOnly(1982, 9, 30),
            Emails = [],
        };

        Create((_, scored) => scores.Add(scored)).Resolve(mary, William, William with { Key = "web/7" });

        var last = scores[^1];
        Assert.Equal(2, last.Count);
        Assert.Equal("crm/1", last[0].GoldenId);
        Assert.True(last[0].Weight > last[1].Weight);
    }

    // A household at one address: the third member meets both earlier clusters unless the bound cuts it.
    [Theory]
    [InlineData(1, new[] { 0, 1, 1 })]
    [InlineData(20, new[] { 0, 1, 2 })]
    public void Resolve_MaxCandidates_BoundsTheCandidatesScored(int maxCandidates, int[] expected)
    {
        var counts = new List<int>();
        var resolver = Create((_, scored) => counts.Add(scored.Count), maxCandidates);

        resolver.Resolve(
            William,
            William with
            {
                Key = "crm/2",
                GivenName = "Mary",
                BirthDate = new DateOnly(1982, 9, 30),
                Emails = [],
            },
            William with
            {
                Key = "crm/3",
                GivenName = "Peter",
                BirthDate = new DateOnly(2010, 1, 15),
                Emails = [],
            }
        );

        Assert.Equal(expected, counts);
    }
}
