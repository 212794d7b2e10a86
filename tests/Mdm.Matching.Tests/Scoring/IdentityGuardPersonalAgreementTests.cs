using static Mdm.Matching.Tests.Scoring.Guarded;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

public sealed class IdentityGuardPersonalAgreementTests
{
    private static readonly MatchRecord SmithsAtHome = Person(
        null,
        "Smith",
        phones: [Landline],
        street: "12 Main Street"
    );

    [Fact]
    public void Guard_OnlyTheHouseholdAgrees_AtMostReview()
    {
        var member = Person("John", "Smith", phones: [Landline], street: "12 Main Street");

        var scored = Evaluate(SmithsAtHome, member);

        Assert.Equal(MatchDecisionKind.Review, scored.Decision);
        Assert.Contains("personal", Rule(scored)?.Left, StringComparison.Ordinal);
    }

    [Fact]
    public void Guard_FamilyMailbox_IsNotPersonal()
    {
        var probe = SmithsAtHome with { Emails = ["thesmiths@example.com"] };
        var member = Person("John", "Smith", emails: ["thesmiths@example.com"], phones: [Landline]);

        Assert.Equal(MatchDecisionKind.Review, Evaluate(probe, member).Decision);
    }

    [Theory]
    [InlineData("john.smith@example.com", "John", MatchDecisionKind.AutoMerge)]
    [InlineData("jsmith.john@example.com", "John", MatchDecisionKind.AutoMerge)]
    [InlineData("william.smith@example.com", "Bill", MatchDecisionKind.AutoMerge)]
    [InlineData("jsmith@example.com", "John", MatchDecisionKind.Review)]
    [InlineData("al.smith@example.com", "Al", MatchDecisionKind.Review)]
    [InlineData("thesmiths@example.com", "John", MatchDecisionKind.Review)]
    public void Guard_ExactEmail_IsPersonalWhenTheMailboxHoldsAGivenName(
        string email,
        string given,
        MatchDecisionKind expected
    )
    {
        var probe = SmithsAtHome with { Emails = [email] };
        var member = Person(given, "Smith", emails: [email], phones: [Landline], street: "12 Main Street");

        Assert.Equal(expected, Evaluate(probe, member).Decision);
    }

    [Fact]
    public void Guard_MailboxHoldsTheProbesGivenName_IsPersonal()
    {
        var probe = Person("John", "Smith", emails: ["john.smith@example.com"]);
        var member = Person(null, "Smith", emails: ["john.smith@example.com"], phones: [Landline]);

        Assert.Equal(MatchDecisionKind.AutoMerge, Evaluate(probe, member).Decision);
    }

    [Theory]
    [InlineData("(217) 555-0188", "US", "mobile", MatchDecisionKind.AutoMerge)]
    [InlineData("07911 123456", "GB", null, MatchDecisionKind.AutoMerge)]
    [InlineData("(217) 555-0188", "US", "home", MatchDecisionKind.Review)]
    public void Guard_ExactPhone_IsPersonalWhenItIsAMobile(
        string number,
        string country,
        string? type,
        MatchDecisionKind expected
    )
    {
        var phone = new PhoneInput(number, country, type);
        var probe = Person(null, "Smith", phones: [phone], street: "12 Main Street");
        var member = Person("John", "Smith", phones: [phone], street: "12 Main Street");

        Assert.Equal(expected, Evaluate(probe, member).Decision);
    }

    [Fact]
    public void Guard_BirthDateOrIdentifier_IsPersonal()
    {
        var born = SmithsAtHome with { BirthDate = Born(1980, 5, 17) };
        var carded = SmithsAtHome with { LoyaltyId = "LY12345678" };
        var member = Person("John", "Smith", Born(1980, 5, 17), phones: [Landline], loyaltyId: "LY12345678");

        Assert.Equal(MatchDecisionKind.AutoMerge, Evaluate(born, member).Decision);
        Assert.Equal(MatchDecisionKind.AutoMerge, Evaluate(carded, member).Decision);
    }

    [Fact]
    public void Guard_OnlyTheNameAgreesAndMobilesDiffer_AtMostReview()
    {
        var probe = Person("John", "Smith", phones: [Mobile], street: "12 Main Street");
        var member = Person("John", "Smith", phones: [OtherMobile], street: "12 Main Street");

        var scored = Evaluate(probe, member);

        Assert.Equal(MatchDecisionKind.Review, scored.Decision);
        Assert.Contains("mobile", Rule(scored)?.Left, StringComparison.Ordinal);
    }

    [Fact]
    public void Guard_MobilesDifferButTheBirthDateAgrees_DoesNotCap()
    {
        var probe = Person("John", "Smith", Born(1980, 5, 17), phones: [Mobile]);
        var member = Person("John", "Smith", Born(1980, 5, 17), phones: [OtherMobile]);

        Assert.Equal(MatchDecisionKind.AutoMerge, Evaluate(probe, member).Decision);
    }

    [Fact]
    public void Guard_NameAgreesAndOnlyOneSideHasAMobile_DoesNotCap()
    {
        var probe = Person("John", "Smith", phones: [Mobile], street: "12 Main Street");
        var member = Person("John", "Smith", phones: [Landline], street: "12 Main Street");

        Assert.Equal(MatchDecisionKind.AutoMerge, Evaluate(probe, member).Decision);
    }
}
