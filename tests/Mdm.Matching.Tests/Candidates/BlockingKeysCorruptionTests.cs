using static Mdm.Matching.Tests.Candidates.People;

namespace Mdm.Matching.Tests.Candidates;

public sealed class BlockingKeysCorruptionTests
{
    [Theory]
    [InlineData("given name typo")]
    [InlineData("family name typo")]
    [InlineData("day and month swapped")]
    [InlineData("birth year slip")]
    [InlineData("changed email")]
    [InlineData("mistyped postal code")]
    [InlineData("name order reversed")]
    [InlineData("nickname")]
    public void For_OneAttributeCorrupted_SharesAKeyWithTheOriginal(string corruption)
    {
        var corrupted = corruption switch
        {
            "given name typo" => William with { GivenName = "Willian" },
            "family name typo" => William with { FamilyName = "Snith" },
            "day and month swapped" => William with { BirthDate = new DateOnly(1980, 7, 3) },
            "birth year slip" => William with { BirthDate = new DateOnly(1986, 3, 7) },
            "changed email" => William with { Emails = ["bill.s@mail.example"] },
            "mistyped postal code" => William with { Addresses = [SpringfieldHome with { PostalCode = "62740" }] },
            "name order reversed" => William with { GivenName = null, FamilyName = null, FullName = "SMITH WILLIAM" },
            "nickname" => William with { GivenName = "Bill" },
            _ => throw new ArgumentOutOfRangeException(nameof(corruption)),
        };

        Assert.NotEmpty(SharedKeys(William, corrupted with { Key = "web/9" }));
    }

    // The sparse cases below leave a single kind of key to meet on: each fails if that kind is lost.
    [Theory]
    [InlineData("Willian", "Smith")]
    [InlineData("William", "Snith")]
    public void For_NameTypoWithOnlyNamesAndPostalCode_SharesAKey(string given, string family)
    {
        var area = new AddressInput
        {
            City = "Springfield",
            PostalCode = "62704",
            Country = "US",
        };
        var original = new PersonInput
        {
            Key = "a",
            GivenName = "William",
            FamilyName = "Smith",
            Addresses = [area],
        };
        var typo = new PersonInput
        {
            Key = "b",
            GivenName = given,
            FamilyName = family,
            Addresses = [area],
        };

        Assert.NotEmpty(SharedKeys(original, typo));
    }

    [Fact]
    public void For_DayAndMonthSwappedWithOnlyFamilyNameAndBirthDate_SharesAKey()
    {
        var original = new PersonInput
        {
            Key = "a",
            FamilyName = "Smith",
            BirthDate = new DateOnly(1980, 3, 7),
        };

        Assert.NotEmpty(SharedKeys(original, original with { Key = "b", BirthDate = new DateOnly(1980, 7, 3) }));
    }

    [Fact]
    public void For_EmailDomainMistypedWithOnlyEmail_SharesAKey()
    {
        var original = new PersonInput { Key = "a", Emails = ["william.smith@example.com"] };

        Assert.NotEmpty(SharedKeys(original, original with { Key = "b", Emails = ["william.smith@exmaple.com"] }));
    }

    [Fact]
    public void For_FullNameTypedFamilyFirstWithoutComma_SharesAKey()
    {
        Assert.NotEmpty(
            SharedKeys(
                new PersonInput { Key = "a", FullName = "WILLIAM SMITH" },
                new PersonInput { Key = "b", FullName = "SMITH WILLIAM" }
            )
        );
    }

    [Fact]
    public void For_NicknameWithOnlyNames_SharesAKey()
    {
        Assert.NotEmpty(
            SharedKeys(
                new PersonInput
                {
                    Key = "a",
                    GivenName = "William",
                    FamilyName = "Smith",
                },
                new PersonInput
                {
                    Key = "b",
                    GivenName = "Bill",
                    FamilyName = "Smith",
                }
            )
        );
    }
}
