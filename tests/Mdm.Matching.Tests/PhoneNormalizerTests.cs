using Mdm.Matching.Normalization;

namespace Mdm.Matching.Tests;

public sealed class PhoneNormalizerTests
{
    [Theory]
    [InlineData("(212) 555-0147")]
    [InlineData("212.555.0147")]
    [InlineData("212-555-0147")]
    [InlineData("+1 212 555 0147")]
    [InlineData("  2125550147  ")]
    public void ToE164_UsFormats_ReturnSameE164(string number)
    {
        Assert.Equal("+12125550147", PhoneNormalizer.ToE164(number, "US"));
    }

    [Fact]
    public void ToE164_NoCountry_DefaultsToUs()
    {
        Assert.Equal("+12125550147", PhoneNormalizer.ToE164("(212) 555-0147", null));
    }

    [Theory]
    [InlineData("020 7946 0018", "GB")]
    [InlineData("020 7946 0018", " gb ")]
    [InlineData("+44 20 7946 0018", "US")]
    public void ToE164_GbNumber_ReturnsGbE164(string number, string country)
    {
        Assert.Equal("+442079460018", PhoneNormalizer.ToE164(number, country));
    }

    [Fact]
    public void ToE164_UsDigitsParsedAsGb_AreNotTheUsNumber()
    {
        var gb = PhoneNormalizer.ToE164("212 555 0147", "GB");

        Assert.NotEqual("+12125550147", gb);
    }

    [Fact]
    public void ToE164_Extension_IsDropped()
    {
        Assert.Equal("+12125550147", PhoneNormalizer.ToE164("212-555-0147 ext. 12", "US"));
    }

    [Theory]
    [InlineData("0000000000")]
    [InlineData("(555) 123-4567")]
    [InlineData("12345")]
    [InlineData("not a phone")]
    [InlineData("!!!")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void ToE164_PlaceholderOrGarbage_ReturnsNull(string? number)
    {
        Assert.Null(PhoneNormalizer.ToE164(number, "US"));
    }

    [Fact]
    public void ToE164_UnknownRegionWithoutPlus_ReturnsNull()
    {
        Assert.Null(PhoneNormalizer.ToE164("212 555 0147", "ZZ"));
    }
}
