using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

public sealed class EmailComparisonTests
{
    private static readonly EmailComparison Comparison = new();

    [Theory]
    [InlineData("sunflower77@outlook.com", "Sunflower77@Outlook.com", "exact")]
    [InlineData("sunflower77@outlook.com", "sunflower77@yahoo.com", "same-local-part-or-close")]
    [InlineData("sunflower77@outlook.com", "sunflower78@outlook.com", "same-local-part-or-close")]
    [InlineData("sunflower77@outlook.com", "sunflower78@yahoo.com", "different")]
    [InlineData("sunflower77@outlook.com", "greenhouse@outlook.com", "different")]
    [InlineData("bj@outlook.com", "bj@yahoo.com", "different")]
    public void Compare_Emails_GiveLevel(string probe, string other, string expected)
    {
        Assert.Equal(expected, LevelOf(Comparison, Brenda(probe), Brenda(other)));
    }

    [Theory]
    [InlineData("brenda.johnson@outlook.com", "brenda.johnson@yahoo.com")]
    [InlineData("johnson.brenda@outlook.com", "johnson.brenda@yahoo.com")]
    [InlineData("bjohnson@outlook.com", "bjohnson@yahoo.com")]
    [InlineData("brenda_johnson@aol.com", "brenda_johnson@yahoo.com")]
    [InlineData("brenda.johnson@gmail.com", "brenda.johnson@yahoo.com")]
    public void Compare_MailboxSpellingTheNameAtTwoProviders_IsMissing(string probe, string other)
    {
        Assert.Equal("missing", LevelOf(Comparison, Brenda(probe), Brenda(other)));
    }

    [Theory]
    [InlineData("noemail@gmail.com", "noemail@yahoo.com")]
    [InlineData("test@outlook.com", "test@yahoo.com")]
    [InlineData("guest@shop.example", "guest@yahoo.com")]
    public void Compare_PlaceholderMailboxAtTwoProviders_IsMissing(string probe, string other)
    {
        Assert.Equal("missing", LevelOf(Comparison, Brenda(probe), Brenda(other)));
    }

    [Fact]
    public void Compare_MailboxSpellingTheNameAtOneProvider_IsExact()
    {
        Assert.Equal(
            "exact",
            LevelOf(Comparison, Brenda("brenda.johnson@yahoo.com"), Brenda("brenda.johnson@yahoo.com"))
        );
    }

    [Fact]
    public void Compare_NameSpelledPairSkipped_OtherPairsStillCount()
    {
        var probe = Brenda("brenda.johnson@outlook.com", "sunflower77@outlook.com");
        var other = Brenda("brenda.johnson@yahoo.com", "sunflower77@yahoo.com");

        Assert.Equal("same-local-part-or-close", LevelOf(Comparison, probe, other));
    }

    [Fact]
    public void Compare_SeveralEmails_BestPairWins()
    {
        var probe = Brenda("work@acme.example", "sunflower77@outlook.com");
        var other = Brenda("greenhouse@yahoo.com", "sunflower77@outlook.com");

        Assert.Equal("exact", LevelOf(Comparison, probe, other));
    }

    [Fact]
    public void Compare_OneSideWithoutEmail_IsMissing()
    {
        Assert.Equal("missing", LevelOf(Comparison, Brenda("sunflower77@outlook.com"), Brenda()));
    }

    private static MatchRecord Brenda(params string[] emails) => Person("Brenda", "Johnson", emails: emails);
}
