using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

public sealed class GivenNameComparisonTests
{
    private static readonly GivenNameComparison Comparison = new();

    [Theory]
    [InlineData("John", "John", "exact")]
    [InlineData("JOHN", "john", "exact")]
    [InlineData("William", "Bill", "nickname")]
    [InlineData("Bill", "Will", "nickname")]
    [InlineData("Katherine", "Kathrine", "jaro-winkler>=0.92")]
    [InlineData("Marta", "Martha", "jaro-winkler>=0.92")]
    [InlineData("J", "John", "initial-or-jaro-winkler>=0.8")]
    [InlineData("Steven", "Stephen", "initial-or-jaro-winkler>=0.8")]
    [InlineData("John", "Mary", "different")]
    [InlineData("J", "Mary", "different")]
    public void Compare_GivenNames_GiveLevel(string probe, string other, string expected)
    {
        Assert.Equal(expected, LevelOf(Comparison, Person(probe, "Smith"), Person(other, "Smith")));
    }

    [Fact]
    public void Compare_GivenAndFamilySwapped_IsExactForBoth()
    {
        var typedBackwards = Person("Smith", "John");
        var john = Person("John", "Smith");

        Assert.Equal("exact", LevelOf(Comparison, typedBackwards, john));
        Assert.Equal("exact", LevelOf(new FamilyNameComparison(), typedBackwards, john));
    }

    [Fact]
    public void Compare_SwappedAndMisspelt_IsACloseSpellingNotADifferentName()
    {
        var typedBackwards = Person("Moore", "Oscar");
        var oscar = Person("Osacar", "Moore");

        Assert.Equal("jaro-winkler>=0.92", LevelOf(Comparison, typedBackwards, oscar));
        Assert.Equal("jaro-winkler>=0.92", LevelOf(new FamilyNameComparison(), typedBackwards, oscar));
    }

    [Fact]
    public void Compare_OnlyOneNameMatchesTheOtherSidesFamily_IsNotASwap()
    {
        Assert.Equal("different", LevelOf(Comparison, Person("Moore", "Smith"), Person("Oscar", "Moore")));
    }

    [Fact]
    public void Compare_OneSideWithoutGivenName_IsMissing()
    {
        Assert.Equal("missing", LevelOf(Comparison, Person(null, "Smith"), Person("John", "Smith")));
        Assert.Equal("missing", LevelOf(Comparison, Person("John", "Smith"), Person(null, "Smith")));
    }

    [Fact]
    public void GivenName_IsStable()
    {
        Assert.True(Comparison.Stable);
    }

    [Fact]
    public void FrequencyTerm_ExactOnly_NamesTheGivenName()
    {
        var exact = Comparison.Compare(Person("John", "Smith"), Person("John", "Brown"));
        var nickname = Comparison.Compare(Person("William", "Smith"), Person("Bill", "Smith"));

        Assert.Equal("g:john", Comparison.FrequencyTerm(exact));
        Assert.Null(Comparison.FrequencyTerm(nickname));
    }
}
