using Mdm.Matching.Candidates;
using static Mdm.Matching.Tests.Candidates.People;

namespace Mdm.Matching.Tests.Candidates;

public sealed class CandidateIndexTests
{
    [Fact]
    public void Upsert_SameIdAgain_ReplacesItsKeys()
    {
        using var index = CandidateIndex.InMemory();
        index.Upsert("g1", [Record(William)]);
        Assert.Equal(["g1"], index.Search(Keys(William), 10));

        index.Upsert("g1", [Record(Maria)]);

        Assert.Empty(index.Search(Keys(William), 10));
        Assert.Equal(["g1"], index.Search(Keys(Maria), 10));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Remove_Golden_IsNoLongerFoundAndOthersStay()
    {
        using var index = CandidateIndex.InMemory();
        index.Upsert("g1", [Record(William)]);
        index.Upsert("g2", [Record(Maria)]);

        index.Remove("g1");
        index.Remove("never-indexed");

        Assert.Empty(index.Search(Keys(William), 10));
        Assert.Equal(["g2"], index.Search(Keys(Maria), 10));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Clear_IndexWithGoldens_LeavesNothingToFindAndAcceptsNewOnes()
    {
        using var index = CandidateIndex.InMemory();
        index.Upsert("g1", [Record(William)]);
        index.Upsert("g2", [Record(Maria)]);

        index.Clear();

        Assert.Equal(0, index.Count);
        Assert.Empty(index.Search(Keys(William), 10));
        index.Upsert("g3", [Record(William)]);
        Assert.Equal(["g3"], index.Search(Keys(William), 10));
    }

    [Fact]
    public void Count_AfterUpserts_CountsGoldensNotMembers()
    {
        using var index = CandidateIndex.InMemory();
        Assert.Equal(0, index.Count);

        index.Upsert("g1", [Record(William), Record(William with { Key = "web/9" })]);
        index.Upsert("g2", [Record(Maria)]);

        Assert.Equal(2, index.Count);
    }

    // The index is shared by concurrent ingests (documented thread-safe).
    [Fact]
    public void Upsert_FromManyThreads_KeepsEveryGoldenFindable()
    {
        using var index = CandidateIndex.InMemory();
        var people = Enumerable
            .Range(0, 40)
            .Select(i => new PersonInput { Key = $"k{i}", Emails = [$"customer.{i}@example.com"] })
            .ToList();

        Parallel.For(
            0,
            people.Count,
            i =>
            {
                index.Upsert($"g{i}", [Record(people[i])]);
                index.Search(Keys(people[(i + 1) % people.Count]), 5);
            }
        );

        Assert.Equal(people.Count, index.Count);
        Assert.All(Enumerable.Range(0, people.Count), i => Assert.Equal([$"g{i}"], index.Search(Keys(people[i]), 5)));
    }
}
