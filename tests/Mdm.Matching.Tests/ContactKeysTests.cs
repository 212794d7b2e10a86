using Mdm.Matching.Normalization;

namespace Mdm.Matching.Tests;

public sealed class ContactKeysTests
{
    [Theory]
    [InlineData("John.Smith@Gmail.com", "johnsmith@gmail.com")]
    [InlineData("j.o.h.n.smith+shop@googlemail.com", "johnsmith@gmail.com")]
    [InlineData("johnsmith@googlemail.com", "johnsmith@gmail.com")]
    [InlineData("johnsmith@gmail.com", "johnsmith@gmail.com")]
    public void Email_Gmail_DropsDotsAndUsesGmailDomain(string address, string expected)
    {
        Assert.Equal(expected, ContactKeys.Email(address));
    }

    [Theory]
    [InlineData("John.Smith+news@Example.com", "john.smith@example.com")]
    [InlineData("john.smith@gmail.co.uk", "john.smith@gmail.co.uk")]
    [InlineData("john.smith@notgmail.com", "john.smith@notgmail.com")]
    public void Email_OtherDomain_KeepsDots(string address, string expected)
    {
        Assert.Equal(expected, ContactKeys.Email(address));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-an-email")]
    public void Email_Invalid_ReturnsNull(string? address)
    {
        Assert.Null(ContactKeys.Email(address));
    }

    [Theory]
    [InlineData("212-555-0147 x123")]
    [InlineData("212-555-0147x123")]
    [InlineData("(212) 555-0147 ext. 123")]
    [InlineData("212.555.0147 EXT 9")]
    [InlineData("212 555 0147 extension 12")]
    [InlineData("212-555-0147 #123")]
    [InlineData("+1 212 555 0147")]
    public void Phone_WithExtension_DropsIt(string number)
    {
        Assert.Equal("+12125550147", ContactKeys.Phone(number, null));
    }

    [Theory]
    [InlineData("020 7946 0018", "GB")]
    [InlineData("020 7946 0018", "United Kingdom")]
    public void Phone_CountryCodeOrName_SetsRegion(string number, string country)
    {
        Assert.Equal("+442079460018", ContactKeys.Phone(number, country));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("0000000000 x12")]
    public void Phone_BlankOrInvalid_ReturnsNull(string? number)
    {
        Assert.Null(ContactKeys.Phone(number, "US"));
    }
}
