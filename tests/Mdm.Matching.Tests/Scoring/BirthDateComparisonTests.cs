using System.Globalization;
using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

public sealed class BirthDateComparisonTests
{
    private static readonly BirthDateComparison Comparison = new();

    [Theory]
    [InlineData("1985-03-12", "1985-03-12", "exact")]
    [InlineData("1985-03-12", "1985-12-03", "swapped-or-one-part")]
    [InlineData("1985-03-12", "1986-03-12", "swapped-or-one-part")]
    [InlineData("1985-03-12", "1885-03-12", "swapped-or-one-part")]
    [InlineData("1985-03-12", "1995-03-12", "different")]
    [InlineData("1985-03-12", "1985-03-13", "swapped-or-one-part")]
    [InlineData("1985-03-12", "1985-03-21", "swapped-or-one-part")]
    [InlineData("1985-03-12", "1985-08-12", "swapped-or-one-part")]
    [InlineData("1985-03-12", "1986-03-20", "close")]
    [InlineData("1985-03-12", "1984-03-02", "close")]
    [InlineData("1985-03-12", "1985-04-20", "different")]
    [InlineData("1985-03-12", "1962-07-30", "different")]
    [InlineData("1985-03-12", "1955-03-12", "different")]
    [InlineData("1985-03-12", "1962-03-12", "different")]
    public void Compare_BirthDates_GiveLevel(string probe, string other, string expected)
    {
        Assert.Equal(expected, LevelOf(Comparison, Dated(probe), Dated(other)));
    }

    [Fact]
    public void Compare_OneSideWithoutBirthDate_IsMissing()
    {
        Assert.Equal("missing", LevelOf(Comparison, Person("Ana", "Lopez"), Dated("1985-03-12")));
    }

    [Theory]
    [InlineData("M", "male", "same")]
    [InlineData("F", "M", "different")]
    [InlineData("F", null, "missing")]
    [InlineData("F", "other", "missing")]
    public void Gender_Compare_GivesLevel(string? probe, string? other, string expected)
    {
        Assert.Equal(
            expected,
            LevelOf(
                new GenderComparison(),
                Person("Ana", "Lopez", gender: probe),
                Person("Ana", "Lopez", gender: other)
            )
        );
    }

    [Fact]
    public void BirthDateAndGender_AreStable()
    {
        Assert.True(Comparison.Stable);
        Assert.True(new GenderComparison().Stable);
    }

    private static MatchRecord Dated(string born) =>
        Person("Ana", "Lopez", DateOnly.Parse(born, CultureInfo.InvariantCulture));
}
