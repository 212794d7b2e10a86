using Mdm.Matching.Normalization;

namespace Mdm.Matching.Tests;

public sealed class AddressNormalizerTests
{
    private static MatchAddress? Line(string line1, string? line2 = null) =>
        AddressNormalizer.Normalize(new AddressInput { Line1 = line1, Line2 = line2 });

    [Theory]
    [InlineData("12 Main Street Apt 4", "12", "main st", "4")]
    [InlineData("5472 Mountain View Dr.", "5472", "mountain view dr", null)]
    [InlineData("2983 Third Street Unit 346", "2983", "3rd st", "346")]
    [InlineData("#12 - 100 King St W", "100", "king st w", "12")]
    [InlineData("100 King Street West, Suite 200", "100", "king st w", "200")]
    [InlineData("Flat 4, 12 High Street", "12", "high st", "4")]
    [InlineData("12B North Oak Avenue", "12b", "n oak ave", null)]
    [InlineData("12-b Elm Road", "12b", "elm rd", null)]
    [InlineData("12-14 Sunset Boulevard Ste 5", "12-14", "sunset blvd", "5")]
    [InlineData("77 Maple Lane # 3", "77", "maple ln", "3")]
    [InlineData("9 Oak Ct apartment 4B", "9", "oak ct", "4b")]
    [InlineData("1 Harbour Drive Apt. #7", "1", "harbour dr", "7")]
    [InlineData("400 N.E. 1st Terrace", "400", "ne 1st ter", null)]
    [InlineData("55 Saint Clair Parkway", "55", "st clair pkwy", null)]
    [InlineData("8 Rue Ste-Catherine", "8", "rue ste catherine", null)]
    [InlineData("PO Box 123", null, "po box 123", null)]
    public void Normalize_Line1_IsParsed(string line1, string? number, string? street, string? unit)
    {
        var address = Line(line1);

        Assert.NotNull(address);
        Assert.Equal((number, street, unit), (address.Number, address.Street, address.Unit));
    }

    [Fact]
    public void Normalize_UnitInLine2_IsTaken()
    {
        var address = Line("12 Main St", "Apartment 4");

        Assert.Equal(("12", "main st", "4"), (address?.Number, address?.Street, address?.Unit));
    }

    [Fact]
    public void Normalize_UnitOnlyInLine1_TakesStreetFromLine2()
    {
        var address = Line("Suite 300", "200 Bay Street");

        Assert.Equal(("200", "bay st", "300"), (address?.Number, address?.Street, address?.Unit));
    }

    [Fact]
    public void Normalize_AbbreviatedAndSpelledOut_AreEqual()
    {
        Assert.Equal(Line("12 N. Main St., Apt 4"), Line("12 North Main Street", "Apt. 4"));
    }

    [Theory]
    [InlineData("62704-1234", "USA", "62704", "US")]
    [InlineData("62704-1234", null, "62704", null)]
    [InlineData("t3a 0m2", "Canada", "T3A0M2", "CA")]
    [InlineData("SW1A 1AA", "United Kingdom", "SW1A1AA", "GB")]
    [InlineData("12345-6789", "Germany", "123456789", "DE")]
    public void Normalize_PostalCodeAndCountry_AreCompactedAndResolved(
        string postalCode,
        string? country,
        string expectedPostalCode,
        string? expectedCountry
    )
    {
        var address = AddressNormalizer.Normalize(new AddressInput { PostalCode = postalCode, Country = country });

        Assert.Equal((expectedPostalCode, expectedCountry), (address?.PostalCode, address?.Country));
    }

    [Theory]
    [InlineData("Zürich", "zurich")]
    [InlineData("  NEW YORK ", "new york")]
    [InlineData("Saint Louis", "st louis")]
    [InlineData("St. Louis", "st louis")]
    public void Normalize_City_IsFolded(string city, string expected)
    {
        Assert.Equal(expected, AddressNormalizer.Normalize(new AddressInput { City = city })?.City);
    }

    [Fact]
    public void Normalize_NothingUsable_ReturnsNull()
    {
        Assert.Null(
            AddressNormalizer.Normalize(
                new AddressInput
                {
                    Line1 = " - ",
                    City = "  ",
                    Country = "Narnia",
                }
            )
        );
    }
}
