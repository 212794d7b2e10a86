using System.Net;
using Mdm.Core.Webhooks;
using Microsoft.Extensions.Options;

namespace Mdm.Core.Tests.Webhooks;

public sealed class WebhookUrlPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.0.0.5")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("febf::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fec0::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.1.2.3")]
    [InlineData("::ffff:169.254.169.254")]
    public void IsRefused_NonPublicAddress_True(string address) =>
        Assert.True(WebhookUrlPolicy.IsRefused(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("169.255.0.1")]
    [InlineData("11.0.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.8.8")]
    public void IsRefused_PublicAddress_False(string address) =>
        Assert.False(WebhookUrlPolicy.IsRefused(IPAddress.Parse(address)));

    [Theory]
    [InlineData("ftp://example.com/x", "http or https")]
    [InlineData("not a url", "absolute")]
    [InlineData("https://user:pw@203.0.113.10/x", "user name")]
    [InlineData("http://127.0.0.1/x", "AllowPrivateNetworks")]
    [InlineData("http://[::1]:8080/x", "AllowPrivateNetworks")]
    [InlineData("http://[::ffff:192.168.0.1]/x", "AllowPrivateNetworks")]
    public async Task CheckAsync_BadUrl_ExplainsWhy(string url, string expected)
    {
        var error = await Policy(allowPrivate: false).CheckAsync(url, CancellationToken.None);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://203.0.113.10/hooks", false)]
    [InlineData("http://[2001:db8::1]/hooks", false)]
    [InlineData("http://127.0.0.1:5000/x", true)]
    [InlineData("http://10.0.0.5/", true)]
    public async Task CheckAsync_AllowedUrl_ReturnsNull(string url, bool allowPrivate) =>
        Assert.Null(await Policy(allowPrivate).CheckAsync(url, CancellationToken.None));

    private static WebhookUrlPolicy Policy(bool allowPrivate) =>
        new(Options.Create(new WebhookOptions { AllowPrivateNetworks = allowPrivate }));
}
