using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

public sealed class IdentifierComparisonTests
{
    private static readonly IdentifierComparison Comparison = new();

    [Theory]
    [InlineData("LY-1234 5678", "ly12345678", "exact")]
    [InlineData("LY-1234 5678", "LY-1234 5679", "one-typo")]
    [InlineData("LY-1234 5678", "LY-8765 4321", "different")]
    public void Compare_LoyaltyIds_GiveLevel(string probe, string other, string expected)
    {
        Assert.Equal(
            expected,
            LevelOf(Comparison, Person("Ana", "Lopez", loyaltyId: probe), Person("Ana", "Lopez", loyaltyId: other))
        );
    }

    [Fact]
    public void Compare_OtherIdsOfTheSameKind_AreCompared()
    {
        var probe = Person("Ana", "Lopez", otherIds: ["ssn:123-45-6789"]);

        Assert.Equal("exact", LevelOf(Comparison, probe, Person("Ana", "Lopez", otherIds: ["SSN: 123456789"])));
        Assert.Equal("different", LevelOf(Comparison, probe, Person("Ana", "Lopez", otherIds: ["ssn:987-65-4321"])));
    }

    [Fact]
    public void Compare_IdsOfDifferentKinds_AreNotCompared()
    {
        var probe = Person("Ana", "Lopez", loyaltyId: "123456789");
        var other = Person("Ana", "Lopez", otherIds: ["ssn:123456789"]);

        Assert.Equal("missing", LevelOf(Comparison, probe, other));
        Assert.Equal("missing", LevelOf(Comparison, other, probe));
    }

    [Fact]
    public void Compare_BareIdAgainstLoyaltyId_IsNotComparedEitherWay()
    {
        var bare = Person("Ana", "Lopez", otherIds: ["123456789"]);
        var loyalty = Person("Ana", "Lopez", loyaltyId: "123456789");

        Assert.Equal("missing", LevelOf(Comparison, bare, loyalty));
        Assert.Equal("missing", LevelOf(Comparison, loyalty, bare));
    }

    [Fact]
    public void Compare_SeveralIds_BestPairWins()
    {
        var probe = Person("Ana", "Lopez", loyaltyId: "LY11112222", otherIds: ["ssn:123456789"]);
        var other = Person("Ana", "Lopez", loyaltyId: "LY99998888", otherIds: ["ssn:123456789"]);

        Assert.Equal("exact", LevelOf(Comparison, probe, other));
    }
}
