using Mdm.Core.SourceRecords;

namespace Mdm.Core.Tests;

public sealed class SourceRecordNormalizerTests
{
    [Theory]
    [InlineData("SMITH, JOHN", "JOHN", "SMITH")]
    [InlineData("Smith,John", "John", "Smith")]
    [InlineData("John A. Smith", "John", "Smith")]
    [InlineData("  John   Smith  ", "John", "Smith")]
    [InlineData("Cher", null, "Cher")]
    public void SplitName_FullOnly_SplitsIntoGivenAndFamily(string full, string? given, string? family)
    {
        Assert.Equal((given, family), SourceRecordNormalizer.SplitName(new PersonName { Full = full }));
    }

    [Fact]
    public void SplitName_StructuredFields_WinOverFull()
    {
        var name = new PersonName
        {
            Full = "SMITH, JOHN",
            Given = "Jon",
            Family = "Smyth",
        };

        Assert.Equal(("Jon", "Smyth"), SourceRecordNormalizer.SplitName(name));
    }

    [Fact]
    public void SplitName_OnlyFamilyStructured_FullIsNotUsed()
    {
        var name = new PersonName { Full = "John Smith", Family = "Smith-Jones" };

        Assert.Equal(((string?)null, "Smith-Jones"), SourceRecordNormalizer.SplitName(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void SplitName_NoUsableName_ReturnsNulls(string? full)
    {
        Assert.Equal(((string?)null, (string?)null), SourceRecordNormalizer.SplitName(new PersonName { Full = full }));
        Assert.Equal(((string?)null, (string?)null), SourceRecordNormalizer.SplitName(null));
    }

    [Fact]
    public void ToMatchRecord_ContractExample_IsNormalized()
    {
        var payload = SourceRecordJson.Read(ContractExample.Parse(ContractExample.Json));

        var record = SourceRecordNormalizer.ToMatchRecord(payload);

        Assert.Equal("ecommerce/WEB-1001", record.Key);
        Assert.Equal("john", record.GivenName);
        Assert.Equal("smith", record.FamilyName);
        Assert.Equal(["john.smith@example.com"], record.Emails);
        Assert.Equal("LY12345678", record.LoyaltyId);
        Assert.Equal(["62704"], record.PostalCodes);
    }

    [Fact]
    public void ToMatchRecord_FullNameOnlyAndValidPhone_UsesSplitNameAndE164()
    {
        var payload = new SourceRecordPayload
        {
            SourceSystem = "pos",
            SourceId = "P-1",
            Name = new PersonName { Full = "MÜLLER, ZOË" },
            Phones = [new PhoneValue("(212) 555-0147", "mobile", null), new PhoneValue("0000000000", "home", "US")],
            Addresses =
            [
                new AddressValue { Line1 = "1 High St" },
                new AddressValue { PostalCode = "62704-1234", Country = "US" },
            ],
        };

        var record = SourceRecordNormalizer.ToMatchRecord(payload);

        Assert.Equal("zoe", record.GivenName);
        Assert.Equal("muller", record.FamilyName);
        Assert.Equal(["+12125550147"], record.Phones);
        Assert.Equal(["62704"], record.PostalCodes);
        Assert.Empty(record.Emails);
        Assert.Null(record.LoyaltyId);
    }
}
