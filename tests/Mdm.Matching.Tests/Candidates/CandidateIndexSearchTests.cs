using Mdm.Matching.Candidates;
using static Mdm.Matching.Tests.Candidates.People;

namespace Mdm.Matching.Tests.Candidates;

public sealed class CandidateIndexSearchTests
{
    private static PersonInput Neighbour(string given, string family) =>
        new()
        {
            Key = "crm/" + given,
            GivenName = given,
            FamilyName = family,
            Addresses = [SpringfieldHome],
        };

    [Fact]
    public void Search_ByMemberKeys_FindsTheGolden()
    {
        using var index = CandidateIndex.InMemory();
        index.Upsert("g1", [Record(William)]);
        index.Upsert("g2", [Record(Maria)]);

        Assert.Equal(["g1"], index.Search(Keys(William with { Key = "web/9" }), 10));
    }

    [Fact]
    public void Search_GoldenWithSeveralMembers_IsFoundThroughEachMember()
    {
        using var index = CandidateIndex.InMemory();
        index.Upsert("g1", [Record(William), Record(Maria)]);

        Assert.Equal(["g1"], index.Search(Keys(William), 10));
        Assert.Equal(["g1"], index.Search(Keys(Maria), 10));
    }

    [Fact]
    public void Search_GoldenSharingMoreKeys_RanksBeforeOneSharingFewer()
    {
        using var index = CandidateIndex.InMemory();
        index.Upsert("household", [Record(Neighbour("Mary", "Smith") with { Phones = William.Phones })]);
        index.Upsert("same-person", [Record(William)]);

        Assert.Equal(["same-person", "household"], index.Search(Keys(William with { Key = "web/9" }), 10));
    }

    [Fact]
    public void Search_GoldenSharingARareKey_RanksBeforeOnesSharingACommonKey()
    {
        using var index = CandidateIndex.InMemory();
        string[] neighbours = ["Anna", "Omar", "Priya", "Jonas"];
        foreach (var given in neighbours)
        {
            index.Upsert(given, [Record(Neighbour(given, given + "son"))]);
        }
        index.Upsert("phone", [Record(Maria with { Phones = William.Phones })]);
        var probe = new PersonInput
        {
            Key = "p",
            Phones = William.Phones,
            Addresses = [SpringfieldHome],
        };

        var found = index.Search(Keys(probe), 10);

        Assert.Equal("phone", found[0]);
        Assert.Equal(neighbours.Order(StringComparer.Ordinal), found.Skip(1).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(10, 5)]
    public void Search_MoreMatchesThanMax_ReturnsAtMostMax(int max, int expected)
    {
        using var index = CandidateIndex.InMemory();
        foreach (var given in new[] { "Anna", "Omar", "Priya", "Jonas", "Ines" })
        {
            index.Upsert(given, [Record(Neighbour(given, "Lee"))]);
        }

        Assert.Equal(expected, index.Search(Keys(Neighbour("Mark", "Chen")), max).Count);
    }

    [Fact]
    public void Search_NoKeysOrNoSharedKey_FindsNothing()
    {
        using var index = CandidateIndex.InMemory();
        index.Upsert("g1", [Record(William)]);

        Assert.Empty(index.Search([], 10));
        Assert.Empty(index.Search(Keys(Maria), 10));
    }
}
