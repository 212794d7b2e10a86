using Mdm.Core.GoldenRecords;
using Mdm.Core.SourceRecords;
using static Mdm.Core.Tests.SurvivorshipInputs;

namespace Mdm.Core.Tests;

public sealed class SurvivorshipAggregateTests
{
    [Fact]
    public void Compute_EmailsDifferingOnlyInCase_KeptOnceWithValuesFromEverySource()
    {
        var newer = Payload("crm", "C-1", March.AddDays(1)) with { Emails = [new("john@example.com", "work")] };
        var older = Payload("web", "W-1", March) with
        {
            Emails = [new("John@Example.com", "personal"), new("js@home.example", null)],
        };

        var golden = Survivorship.Compute([Input(older), Input(newer)]);

        Assert.Equal(
            [new EmailValue("john@example.com", "work"), new EmailValue("js@home.example", null)],
            golden.Emails
        );
        Assert.Equal(new Lineage("crm", "C-1", Survivorship.Aggregate), golden.Lineage["emails"]);
    }

    [Fact]
    public void Compute_PhonesInDifferentFormats_KeptOnceInE164AndUnparseableKeptAsSent()
    {
        var crm = Payload("crm", "C-1", March.AddDays(1)) with { Phones = [new("(212) 555-0147", "mobile", "US")] };
        var web = Payload("web", "W-1", March) with
        {
            Phones = [new("+1 212 555 0147", "home", null), new(" (555) 123-4567 ", "work", "US")],
        };

        var golden = Survivorship.Compute([Input(web), Input(crm)]);

        Assert.Equal(
            [new GoldenPhone("+12125550147", "mobile"), new GoldenPhone("(555) 123-4567", "work")],
            golden.Phones
        );
    }

    [Fact]
    public void Compute_AddressesAndLoyaltyIds_DistinctByNormalizedValue()
    {
        var crm = Payload("crm", "C-1", March.AddDays(1)) with
        {
            Addresses =
            [
                new AddressValue
                {
                    Line1 = "12 Main St.",
                    PostalCode = "62704-1234",
                    Country = "US",
                },
            ],
            LoyaltyId = "ly-1234",
        };
        var web = Payload("web", "W-1", March) with
        {
            Addresses =
            [
                new AddressValue { Line1 = "12 MAIN ST", PostalCode = "62704" },
                new AddressValue { Line1 = "9 Elm Rd", PostalCode = "62704" },
            ],
            LoyaltyId = "LY1234",
        };
        var pos = Payload("pos", "P-1", March) with { LoyaltyId = "LY9999" };

        var golden = Survivorship.Compute([Input(web), Input(pos), Input(crm)]);

        Assert.Equal(["12 Main St.", "9 Elm Rd"], golden.Addresses.Select(a => a.Line1));
        Assert.Equal(["LY1234", "LY9999"], golden.LoyaltyIds);
    }

    [Fact]
    public void Compute_Consents_LatestCapturedAtPerPurposeAndChannel()
    {
        var newerRecord = Payload("erp", "E-1", March.AddDays(5)) with
        {
            Consents =
            [
                new("marketing", "email", "granted", March.AddDays(-10)),
                new("marketing", "sms", "granted", March),
            ],
        };
        var olderRecord = Payload("web", "W-1", March) with
        {
            Consents = [new("marketing", "email", "revoked", March.AddDays(-1))],
        };

        var golden = Survivorship.Compute([Input(newerRecord), Input(olderRecord)]);

        Assert.Equal(
            [
                new GoldenConsent("marketing", "email", "revoked", March.AddDays(-1), "web"),
                new GoldenConsent("marketing", "sms", "granted", March, "erp"),
            ],
            golden.Consents
        );
    }
}
