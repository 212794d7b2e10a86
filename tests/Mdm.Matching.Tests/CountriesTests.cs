using Mdm.Matching.Normalization;

namespace Mdm.Matching.Tests;

public sealed class CountriesTests
{
    [Theory]
    [InlineData("US", "US")]
    [InlineData(" us ", "US")]
    [InlineData("USA", "US")]
    [InlineData("U.S.A.", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("United States", "US")]
    [InlineData("united states of america", "US")]
    [InlineData("America", "US")]
    [InlineData("Canada", "CA")]
    [InlineData("UK", "GB")]
    [InlineData("Great Britain", "GB")]
    [InlineData("England", "GB")]
    [InlineData("Scotland", "GB")]
    [InlineData("Wales", "GB")]
    [InlineData("Deutschland", "DE")]
    [InlineData("France", "FR")]
    [InlineData("España", "ES")]
    [InlineData("México", "MX")]
    [InlineData("Australia", "AU")]
    [InlineData("Ireland", "IE")]
    [InlineData("The Netherlands", "NL")]
    [InlineData("Italy", "IT")]
    [InlineData("jp", "JP")]
    public void ToAlpha2_CodeOrName_ReturnsIsoCode(string country, string expected)
    {
        Assert.Equal(expected, Countries.ToAlpha2(country));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("ZZ")]
    [InlineData("Narnia")]
    public void ToAlpha2_AbsentOrUnknown_ReturnsNull(string? country)
    {
        Assert.Null(Countries.ToAlpha2(country));
    }
}
