using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

public sealed class MiddleNameComparisonTests
{
    [Theory]
    [InlineData("Andrew", "Andrew", "exact")]
    [InlineData("Andrew", "A", "initial")]
    [InlineData("A.", "Andrew", "initial")]
    [InlineData("Andrew", "Paul", "different")]
    [InlineData("A", "P", "different")]
    [InlineData("Andrew", null, "missing")]
    public void Compare_MiddleNames_GiveLevel(string? probe, string? other, string expected)
    {
        Assert.Equal(
            expected,
            LevelOf(
                new MiddleNameComparison(),
                Person("John", "Smith", middle: probe),
                Person("John", "Smith", middle: other)
            )
        );
    }
}
