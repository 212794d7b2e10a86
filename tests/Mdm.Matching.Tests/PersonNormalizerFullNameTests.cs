using Mdm.Matching.Normalization;

namespace Mdm.Matching.Tests;

public sealed class PersonNormalizerFullNameTests
{
    private static MatchRecord FromFullName(string fullName) =>
        PersonNormalizer.Normalize(new PersonInput { Key = "k", FullName = fullName });

    [Theory]
    [InlineData("Mr. John A. Smith Jr.", "john", "a", "smith", "jr")]
    [InlineData("SMITH, JOHN", "john", null, "smith", null)]
    [InlineData("GARCIA LOPEZ, MARIA", "maria", null, "garcia lopez", null)]
    [InlineData("Ludwig van Beethoven", "ludwig", null, "van beethoven", null)]
    [InlineData("José García-López", "jose", null, "garcia lopez", null)]
    [InlineData("Dr. Zoë Müller PhD", "zoe", null, "muller", null)]
    [InlineData("Smith, John A., Jr.", "john", "a", "smith", "jr")]
    [InlineData("Smith Jr., John", "john", null, "smith", "jr")]
    [InlineData("John Smith, Jr.", "john", null, "smith", "jr")]
    [InlineData("Rev. Martin Luther King, Jr.", "martin", "luther", "king", "jr")]
    [InlineData("Maria de la Cruz", "maria", null, "de la cruz", null)]
    [InlineData("Johann Sebastian Bach", "johann", "sebastian", "bach", null)]
    [InlineData("J. R. R. Tolkien", "j", "r r", "tolkien", null)]
    [InlineData("J.R. Smith", "j", "r", "smith", null)]
    [InlineData("J.D. Salinger", "j", "d", "salinger", null)]
    [InlineData("Mr.John Smith", "john", null, "smith", null)]
    [InlineData("Lee Van Cleef", "lee", null, "van cleef", null)]
    [InlineData("Anne-Marie St. John", "anne marie", null, "st john", null)]
    [InlineData("O'NEILL, MARY-KATE", "mary kate", null, "o neill", null)]
    [InlineData("Mary O'Brien", "mary", null, "o brien", null)]
    [InlineData("Mrs Jane Doe-Smith", "jane", null, "doe smith", null)]
    [InlineData("Prof. Dr. Hans Meier", "hans", null, "meier", null)]
    [InlineData("Mx Alex McDonald", "alex", null, "mcdonald", null)]
    [InlineData("William \"Bill\" Smith", "william", null, "smith", null)]
    [InlineData("Robert (Bob) Jones", "robert", null, "jones", null)]
    public void Normalize_FullName_IsParsed(
        string fullName,
        string given,
        string? middle,
        string family,
        string? suffix
    )
    {
        var record = FromFullName(fullName);

        Assert.Equal(
            (given, middle, family, suffix),
            (record.GivenName, record.MiddleName, record.FamilyName, record.Suffix)
        );
    }

    [Theory]
    [InlineData("John Smith II", "ii")]
    [InlineData("John Smith III", "iii")]
    [InlineData("John Smith IV", "iv")]
    [InlineData("John Smith 2nd", "ii")]
    [InlineData("John Smith 3rd", "iii")]
    [InlineData("John Smith Sr.", "sr")]
    [InlineData("John Smith Jr. MD", "jr")]
    [InlineData("John Smith Esq.", null)]
    [InlineData("John Smith M.D.", null)]
    [InlineData("John Smith Ph.D.", null)]
    [InlineData("John Smith V", null)]
    public void Normalize_FullNameWithSuffix_KeepsOnlyGenerationalSuffix(string fullName, string? suffix)
    {
        var record = FromFullName(fullName);

        Assert.Equal(("john", "smith", suffix), (record.GivenName, record.FamilyName, record.Suffix));
    }

    [Theory]
    [InlineData("SMITH")]
    [InlineData("Dr. Smith")]
    [InlineData("Smith, Jr.")]
    public void Normalize_SingleNameToken_IsFamilyName(string fullName)
    {
        var record = FromFullName(fullName);

        Assert.Null(record.GivenName);
        Assert.Equal("smith", record.FamilyName);
    }

    [Fact]
    public void Normalize_InitialAfterCommaOrder_IsMiddleNotSuffix()
    {
        var record = FromFullName("SMITH, JOHN V");

        Assert.Equal(
            ("john", "v", "smith", (string?)null),
            (record.GivenName, record.MiddleName, record.FamilyName, record.Suffix)
        );
    }

    [Fact]
    public void Normalize_Nickname_GivesFormalRoots()
    {
        var record = FromFullName("Bill Smith");

        Assert.Equal("bill", record.GivenNameRoots[0]);
        Assert.Contains("william", record.GivenNameRoots);
    }
}
