using Mdm.Matching.Normalization;

namespace Mdm.Matching.Tests;

public sealed class EmailNormalizerTests
{
    [Theory]
    [InlineData("John.Smith@Example.COM", "john.smith@example.com")]
    [InlineData("  jane@example.com \t", "jane@example.com")]
    [InlineData("Jane+Shop@Example.com", "jane@example.com")]
    [InlineData("jane+a+b@example.com", "jane@example.com")]
    [InlineData("jane+@example.com", "jane@example.com")]
    public void Normalize_ValidAddress_ReturnsTrimmedLowerCasedWithoutPlusTag(string address, string expected)
    {
        Assert.Equal(expected, EmailNormalizer.Normalize(address));
    }

    [Fact]
    public void Normalize_PlusInDomain_KeepsDomainIntact()
    {
        Assert.Equal("jane@ex+ample.com", EmailNormalizer.Normalize("jane@ex+ample.com"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("jane.example.com")]
    [InlineData("@example.com")]
    [InlineData("jane@")]
    [InlineData("jane@@example.com")]
    [InlineData("jane@example@com")]
    public void Normalize_InvalidAddress_ReturnsNull(string? address)
    {
        Assert.Null(EmailNormalizer.Normalize(address));
    }
}
