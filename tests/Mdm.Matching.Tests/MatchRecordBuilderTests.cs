using Mdm.Matching.Normalization;

namespace Mdm.Matching.Tests;

public sealed class MatchRecordBuilderTests
{
    private static RawMatchValues Raw(
        IReadOnlyList<string>? emails = null,
        IReadOnlyList<(string, string?)>? phones = null,
        IReadOnlyList<(string, string?)>? postalCodes = null,
        string? loyaltyId = null
    ) =>
        new(
            "crm/C-1",
            "Zoë",
            "Müller",
            new DateOnly(1985, 4, 3),
            emails ?? [],
            phones ?? [],
            loyaltyId,
            postalCodes ?? []
        );

    [Fact]
    public void Build_Names_AreFolded()
    {
        var record = MatchRecordBuilder.Build(Raw());

        Assert.Equal("crm/C-1", record.Key);
        Assert.Equal("zoe", record.GivenName);
        Assert.Equal("muller", record.FamilyName);
        Assert.Equal(new DateOnly(1985, 4, 3), record.BirthDate);
    }

    [Fact]
    public void Build_EmailsDifferingOnlyInCaseOrPlusTag_CollapseToOne()
    {
        var record = MatchRecordBuilder.Build(
            Raw(emails: ["Zoe@Example.com", " zoe+news@example.com", "zm@work.example"])
        );

        Assert.Equal(["zoe@example.com", "zm@work.example"], record.Emails);
    }

    [Fact]
    public void Build_InvalidEmailsAndPhones_AreLeftOut()
    {
        var record = MatchRecordBuilder.Build(
            Raw(emails: ["not-an-email"], phones: [("0000000000", "US"), ("(555) 123-4567", "US")])
        );

        Assert.Empty(record.Emails);
        Assert.Empty(record.Phones);
    }

    [Fact]
    public void Build_PhonesInDifferentFormats_CollapseToOneE164()
    {
        var record = MatchRecordBuilder.Build(
            Raw(phones: [("(212) 555-0147", "US"), ("+1 212 555 0147", null), ("020 7946 0018", "GB")])
        );

        Assert.Equal(["+12125550147", "+442079460018"], record.Phones);
    }

    [Fact]
    public void Build_LoyaltyIdAndPostalCodes_AreCompacted()
    {
        var record = MatchRecordBuilder.Build(
            Raw(loyaltyId: "ly-1234 5678", postalCodes: [("62704-1234", "US"), ("62704", "US"), ("sw1a 1aa", "GB")])
        );

        Assert.Equal("LY12345678", record.LoyaltyId);
        Assert.Equal(["62704", "SW1A1AA"], record.PostalCodes);
    }

    [Fact]
    public void Build_BlankValues_BecomeNull()
    {
        var raw = new RawMatchValues("crm/C-2", " ", "--", null, [], [], "  ", []);

        var record = MatchRecordBuilder.Build(raw);

        Assert.Null(record.GivenName);
        Assert.Null(record.FamilyName);
        Assert.Null(record.LoyaltyId);
    }
}
