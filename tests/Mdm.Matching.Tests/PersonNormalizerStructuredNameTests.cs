using Mdm.Matching.Normalization;

namespace Mdm.Matching.Tests;

public sealed class PersonNormalizerStructuredNameTests
{
    private static MatchRecord Normalize(
        string? given,
        string? family,
        string? full = null,
        string? middle = null,
        string? suffix = null
    ) =>
        PersonNormalizer.Normalize(
            new PersonInput
            {
                Key = "k",
                GivenName = given,
                FamilyName = family,
                FullName = full,
                MiddleName = middle,
                Suffix = suffix,
            }
        );

    [Fact]
    public void Normalize_StructuredParts_AreFoldedAndStripped()
    {
        var record = Normalize("Mr. Zoë Anne", "Müller Jr", full: "Someone Else", middle: "B.");

        Assert.Equal(
            ("zoe", "anne b", "muller", "jr"),
            (record.GivenName, record.MiddleName, record.FamilyName, record.Suffix)
        );
    }

    [Theory]
    [InlineData("García López", "garcia lopez")]
    [InlineData("van der Berg", "van der berg")]
    [InlineData("Smith-Jones", "smith jones")]
    public void Normalize_StructuredMultiPartFamily_StaysWhole(string family, string expected)
    {
        Assert.Equal(expected, Normalize("María", family).FamilyName);
    }

    [Theory]
    [InlineData("Jr.", "jr")]
    [InlineData("III", "iii")]
    [InlineData("PhD", null)]
    public void Normalize_StructuredSuffix_KeepsOnlyGenerational(string suffix, string? expected)
    {
        Assert.Equal(expected, Normalize("John", "Smith", suffix: suffix).Suffix);
    }

    [Fact]
    public void Normalize_MissingStructuredFamily_TakenFromFullName()
    {
        var record = Normalize("Jon", null, full: "Jon Smyth");

        Assert.Equal(("jon", "smyth"), (record.GivenName, record.FamilyName));
    }

    [Fact]
    public void Normalize_MissingStructuredGiven_TakenFromFullName()
    {
        var record = Normalize(null, "Smyth", full: "SMYTH, JON PAUL");

        Assert.Equal(("jon", "paul", "smyth"), (record.GivenName, record.MiddleName, record.FamilyName));
    }

    [Fact]
    public void Normalize_FullNameRepeatingGivenName_IsNotFamily()
    {
        var record = Normalize("Cher", null, full: "Cher");

        Assert.Equal(("cher", (string?)null), (record.GivenName, record.FamilyName));
    }

    [Fact]
    public void Normalize_NoName_LeavesNameFieldsEmpty()
    {
        var record = Normalize("--", null, full: " ,. ");

        Assert.Null(record.GivenName);
        Assert.Null(record.MiddleName);
        Assert.Null(record.FamilyName);
        Assert.Null(record.Suffix);
        Assert.Empty(record.GivenNameRoots);
    }
}
