using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

public sealed class SuffixComparisonTests
{
    private static readonly SuffixComparison Comparison = new();

    [Theory]
    [InlineData("Jr", "Jr.", "same")]
    [InlineData("III", "iii", "same")]
    [InlineData("Jr", null, "one-sided")]
    [InlineData(null, "Sr", "one-sided")]
    [InlineData("Jr", "Sr", "different")]
    [InlineData("III", "Jr", "different")]
    [InlineData(null, null, "missing")]
    public void Compare_Suffixes_GiveLevel(string? probe, string? other, string expected)
    {
        Assert.Equal(
            expected,
            LevelOf(Comparison, Person("John", "Smith", suffix: probe), Person("John", "Smith", suffix: other))
        );
    }

    [Fact]
    public void Suffix_IsStable()
    {
        Assert.True(Comparison.Stable);
    }
}
