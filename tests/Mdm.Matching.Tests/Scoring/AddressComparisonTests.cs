using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

public sealed class AddressComparisonTests
{
    private static readonly AddressComparison Comparison = new();

    [Theory]
    [InlineData("12 Main Street", "62704", "12 Main St.", "62704", "same-address")]
    [InlineData("12 Main Street", "62704", "12 Mian Street", "62704", "same-address")]
    [InlineData("12 Main Street", "62704", "12 Main Street", null, "same-address")]
    [InlineData("12 Main Street", "62704", "14 Main Street", "62704", "same-street")]
    [InlineData("12 Main Street", "62704", "40 Oak Avenue", "62704", "same-area")]
    [InlineData("12 Main Street", "62704", "12 Main Street", "10001", "different")]
    public void Compare_Addresses_GiveLevel(
        string probeStreet,
        string? probePostalCode,
        string otherStreet,
        string? otherPostalCode,
        string expected
    )
    {
        Assert.Equal(
            expected,
            LevelOf(
                Comparison,
                Person("Ana", "Lopez", street: probeStreet, postalCode: probePostalCode),
                Person("Ana", "Lopez", street: otherStreet, postalCode: otherPostalCode)
            )
        );
    }

    [Fact]
    public void Compare_OneSideWithoutAddress_IsMissing()
    {
        Assert.Equal(
            "missing",
            LevelOf(Comparison, Person("Ana", "Lopez", street: "12 Main Street"), Person("Ana", "Lopez"))
        );
    }

    [Fact]
    public void Compare_SeveralAddresses_BestPairWins()
    {
        var moved = new MatchAddress("40", "oak ave", null, "springfield", "62704", "US");
        var probe = Person("Ana", "Lopez", street: "12 Main Street");
        var other = Person("Ana", "Lopez", street: "7 Elm Road", postalCode: "10001") with
        {
            Addresses = [new MatchAddress("7", "elm rd", null, "new york", "10001", "US"), moved, probe.Addresses[0]],
        };

        Assert.Equal("same-address", LevelOf(Comparison, probe, other));
    }

    [Fact]
    public void FrequencyTerm_SameAddress_NamesTheAddress()
    {
        var home = Person("Ana", "Lopez", street: "12 Main Street");
        var sameStreet = Person("Ana", "Lopez", street: "14 Main Street");

        Assert.StartsWith("a:", Comparison.FrequencyTerm(Comparison.Compare(home, home)), StringComparison.Ordinal);
        Assert.Null(Comparison.FrequencyTerm(Comparison.Compare(home, sameStreet)));
    }
}
