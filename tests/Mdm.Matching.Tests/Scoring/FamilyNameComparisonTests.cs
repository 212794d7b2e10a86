using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

public sealed class FamilyNameComparisonTests
{
    private static readonly FamilyNameComparison Comparison = new();

    [Theory]
    [InlineData("Smith", "SMITH", "exact")]
    [InlineData("Johnson", "Jonson", "jaro-winkler>=0.92")]
    [InlineData("Smith", "Smyth", "part-or-jaro-winkler>=0.8")]
    [InlineData("Garcia Lopez", "Garcia", "part-or-jaro-winkler>=0.8")]
    [InlineData("Lopez", "Garcia Lopez", "part-or-jaro-winkler>=0.8")]
    [InlineData("Smith", "Brown", "different")]
    public void Compare_FamilyNames_GiveLevel(string probe, string other, string expected)
    {
        Assert.Equal(expected, LevelOf(Comparison, Person("Ana", probe), Person("Ana", other)));
    }

    [Fact]
    public void Compare_OneSideWithoutFamilyName_IsMissing()
    {
        Assert.Equal("missing", LevelOf(Comparison, Person("Ana", null), Person("Ana", "Lopez")));
    }

    [Fact]
    public void FrequencyTerm_Exact_NamesTheFamilyName()
    {
        var exact = Comparison.Compare(Person("Ana", "Lopez"), Person("Eva", "Lopez"));
        var close = Comparison.Compare(Person("Ana", "Johnson"), Person("Ana", "Jonson"));

        Assert.Equal("f:lopez", Comparison.FrequencyTerm(exact));
        Assert.Null(Comparison.FrequencyTerm(close));
    }
}
