using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

public sealed class PhoneComparisonTests
{
    private static readonly PhoneComparison Comparison = new();

    [Theory]
    [InlineData("(217) 555-0123", "+1 217 555 0123", "exact")]
    [InlineData("(217) 555-0123", "(312) 555-0123", "same-last-7-digits")]
    [InlineData("(217) 555-0123", "(217) 555-0124", "different")]
    [InlineData("(217) 555-0123", "(217) 555-3210", "different")]
    public void Compare_Phones_GiveLevel(string probe, string other, string expected)
    {
        Assert.Equal(expected, LevelOf(Comparison, Calling(probe), Calling(other)));
    }

    [Fact]
    public void Compare_SeveralPhones_BestPairWins()
    {
        var probe = Calling("(217) 555-0150", "(217) 555-0123");
        var other = Calling("(312) 555-0150", "(217) 555-0123");

        Assert.Equal("exact", LevelOf(Comparison, probe, other));
    }

    [Fact]
    public void Compare_OneSideWithoutPhone_IsMissing()
    {
        Assert.Equal("missing", LevelOf(Comparison, Calling("(217) 555-0123"), Calling()));
    }

    private static MatchRecord Calling(params string[] numbers) =>
        Person("Ana", "Lopez", phones: numbers.Select(n => new PhoneInput(n, "US")).ToArray());
}
