using System.Globalization;
using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Scoring.Guarded;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

public sealed class IdentityGuardConflictTests
{
    private static MatchRecord Household(
        string given,
        DateOnly? born = null,
        string? suffix = null,
        string? gender = null
    ) =>
        Person(
            given,
            "Smith",
            born,
            suffix: suffix,
            gender: gender,
            emails: ["thesmiths@example.com"],
            phones: [Landline],
            street: "12 Main Street"
        );

    [Fact]
    public void Guard_TwinsWithDefaultThresholds_NoMatchDespiteTheScore()
    {
        var scored = Evaluate(
            Models.DefaultMatcher(),
            Household("John", Born(1980, 5, 17)),
            Household("James", Born(1982, 3, 1))
        );

        Assert.True(
            scored.Probability >= new MatchThresholds().AutoMerge,
            "the shared household alone would auto-merge"
        );
        Assert.Equal(MatchDecisionKind.NoMatch, scored.Decision);
        var rule = Assert.IsType<MatchContribution>(Rule(scored));
        Assert.Equal("no-match", rule.Comparator);
        Assert.Contains("givenName", rule.Left, StringComparison.Ordinal);
        Assert.Contains("birthDate", rule.Left, StringComparison.Ordinal);
    }

    [Fact]
    public void Guard_DifferentGivenNameAndGender_NoMatch()
    {
        var brother = Household("John", Born(1980, 5, 17), gender: "M");
        var sister = Household("Mary", Born(1980, 5, 17), gender: "F");

        Assert.Equal(MatchDecisionKind.NoMatch, Evaluate(brother, sister).Decision);
    }

    [Fact]
    public void Guard_JrSrConflictAndDifferentBirthDate_NoMatch()
    {
        var son = Household("John", Born(1980, 5, 17), suffix: "Jr");
        var father = Household("John", Born(1952, 9, 30), suffix: "Sr");

        Assert.Equal(MatchDecisionKind.NoMatch, Evaluate(son, father).Decision);
    }

    [Fact]
    public void Guard_DifferentBirthDateAlone_DoesNotCap()
    {
        var scored = Evaluate(Household("John", Born(1980, 5, 17)), Household("John", Born(1962, 11, 2)));

        Assert.Equal(MatchDecisionKind.AutoMerge, scored.Decision);
        Assert.Null(Rule(scored));
    }

    [Fact]
    public void Guard_DifferentGivenName_AtMostReview()
    {
        var scored = Evaluate(Household("John"), Household("Mary"));

        Assert.Equal(MatchDecisionKind.Review, scored.Decision);
        Assert.Equal("review", Rule(scored)?.Comparator);
        Assert.Contains("givenName", Rule(scored)?.Left, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("William", "Bill")]
    [InlineData("John", "J")]
    [InlineData("Katherine", "Kathrine")]
    public void Guard_NicknameInitialOrTypo_IsNoConflict(string given, string other)
    {
        var scored = Evaluate(Household(given, Born(1980, 5, 17)), Household(other, Born(1980, 5, 17)));

        Assert.Equal(MatchDecisionKind.AutoMerge, scored.Decision);
    }

    [Fact]
    public void Guard_JrAgainstSr_AtMostReview()
    {
        var scored = Evaluate(Household("John", suffix: "Jr"), Household("John", suffix: "Sr"));

        Assert.Equal(MatchDecisionKind.Review, scored.Decision);
        Assert.Contains("suffix", Rule(scored)?.Left, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("1980-05-17", null)]
    [InlineData("1980-05-17", "1980-05-18")]
    public void Guard_SuffixOnOneSideWithoutEqualBirthDate_AtMostReview(string? probeBorn, string? otherBorn)
    {
        var scored = Evaluate(Household("John", Date(probeBorn), suffix: "Jr"), Household("John", Date(otherBorn)));

        Assert.Equal(MatchDecisionKind.Review, scored.Decision);
        Assert.Contains("suffix", Rule(scored)?.Left, StringComparison.Ordinal);
    }

    [Fact]
    public void Guard_SuffixOnOneSideWithEqualBirthDate_DoesNotCap()
    {
        var scored = Evaluate(Household("John", Born(1980, 5, 17), suffix: "Jr"), Household("John", Born(1980, 5, 17)));

        Assert.Equal(MatchDecisionKind.AutoMerge, scored.Decision);
    }

    private static DateOnly? Date(string? value) =>
        value is null ? null : DateOnly.Parse(value, CultureInfo.InvariantCulture);
}
