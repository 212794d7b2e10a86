using Mdm.Matching.Normalization;

namespace Mdm.Matching.Tests;

public sealed class PersonNormalizerTests
{
    private static MatchRecord Normalize(PersonInput input) => PersonNormalizer.Normalize(input);

    [Fact]
    public void Normalize_ContractExample_FillsEveryField()
    {
        var record = Normalize(
            new PersonInput
            {
                Key = "ecommerce/WEB-1001",
                FullName = "Mr. John A. Smith Jr.",
                BirthDate = new DateOnly(1980, 5, 17),
                Gender = "Male",
                Emails = ["John.Smith@Example.com"],
                Phones = [new PhoneInput("(217) 555-0123 ext. 4", "US")],
                Addresses =
                [
                    new AddressInput
                    {
                        Line1 = "12 Main Street Apt 4",
                        City = "Springfield",
                        Region = "IL",
                        PostalCode = "62704-1234",
                        Country = "USA",
                    },
                ],
                LoyaltyId = "ly-1234 5678",
                OtherIds = ["SSN: 123-45-6789"],
            }
        );

        Assert.Equal("ecommerce/WEB-1001", record.Key);
        Assert.Equal(
            ("john", "a", "smith", "jr"),
            (record.GivenName, record.MiddleName, record.FamilyName, record.Suffix)
        );
        Assert.Equal("john", record.GivenNameRoots[0]);
        Assert.Contains("jonathan", record.GivenNameRoots);
        Assert.Equal(new DateOnly(1980, 5, 17), record.BirthDate);
        Assert.Equal("m", record.Gender);
        Assert.Equal(["john.smith@example.com"], record.Emails);
        Assert.Equal(["+12175550123"], record.Phones);
        Assert.Equal([new MatchAddress("12", "main st", "4", "springfield", "62704", "US")], record.Addresses);
        Assert.Equal(["62704"], record.PostalCodes);
        Assert.Equal("LY12345678", record.LoyaltyId);
        Assert.Equal(["ssn:123456789"], record.OtherIds);
    }

    [Theory]
    [InlineData("M", "m")]
    [InlineData("male", "m")]
    [InlineData(" MALE ", "m")]
    [InlineData("f", "f")]
    [InlineData("Female", "f")]
    [InlineData("x", null)]
    [InlineData("unknown", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalize_Gender_IsMOrFOrNull(string? gender, string? expected)
    {
        Assert.Equal(expected, Normalize(new PersonInput { Key = "k", Gender = gender }).Gender);
    }

    [Fact]
    public void Normalize_EmailVariants_CollapseInFirstSeenOrder()
    {
        var record = Normalize(
            new PersonInput
            {
                Key = "k",
                Emails =
                [
                    "zm@work.example",
                    "Zoe.Muller@gmail.com",
                    "zoemuller+shop@googlemail.com",
                    "bad",
                    "ZM@work.example",
                ],
            }
        );

        Assert.Equal(["zm@work.example", "zoemuller@gmail.com"], record.Emails);
    }

    [Fact]
    public void Normalize_PhoneVariants_CollapseAndInvalidAreLeftOut()
    {
        var record = Normalize(
            new PersonInput
            {
                Key = "k",
                Phones =
                [
                    new PhoneInput("212-555-0147 x12", null),
                    new PhoneInput("0000000000", "US"),
                    new PhoneInput("+1 (212) 555-0147", "US"),
                    new PhoneInput("020 7946 0018", "GB"),
                ],
            }
        );

        Assert.Equal(["+12125550147", "+442079460018"], record.Phones);
    }

    [Fact]
    public void Normalize_OtherIds_AreKindLowerCasedAndValueCompacted()
    {
        var record = Normalize(
            new PersonInput
            {
                Key = "k",
                OtherIds = [" SSN :123-45-6789", "ssn:123 45 6789", "passport:", ":x1", "  ", "A-1"],
            }
        );

        Assert.Equal(["ssn:123456789", "A1"], record.OtherIds);
    }

    [Fact]
    public void Normalize_Addresses_DistinctAndPostalCodesFromThem()
    {
        var record = Normalize(
            new PersonInput
            {
                Key = "k",
                Addresses =
                [
                    new AddressInput { Line1 = "12 Main St", PostalCode = "62704" },
                    new AddressInput { Line1 = "12 Main Street", PostalCode = "62704-1234" },
                    new AddressInput
                    {
                        Line1 = "100 King St W",
                        PostalCode = "t3a 0m2",
                        Country = "CA",
                    },
                    new AddressInput { City = " " },
                ],
            }
        );

        Assert.Equal(2, record.Addresses.Count);
        Assert.Equal(["62704", "T3A0M2"], record.PostalCodes);
        Assert.Null(record.Addresses[0].Country);
    }

    [Fact]
    public void Normalize_EmptyInput_GivesEmptyLists()
    {
        var record = Normalize(new PersonInput { Key = "k" });

        Assert.Empty(record.Emails);
        Assert.Empty(record.Phones);
        Assert.Empty(record.PostalCodes);
        Assert.Empty(record.Addresses);
        Assert.Empty(record.OtherIds);
        Assert.Null(record.LoyaltyId);
        Assert.Null(record.BirthDate);
    }
}
