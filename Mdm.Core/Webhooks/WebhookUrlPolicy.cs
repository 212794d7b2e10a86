using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Mdm.Core.Webhooks;

/// <summary>
/// Decides whether a subscription may point at a URL: absolute http(s), no user info, and — unless
/// <see cref="WebhookOptions.AllowPrivateNetworks"/> — a host whose every address is public, so an API key cannot
/// make the hub call into the network it runs in. A name can resolve differently later (DNS rebinding): the
/// delivery worker must check the address it connects to with <see cref="IsRefused"/> as well.
/// </summary>
public sealed class WebhookUrlPolicy(IOptions<WebhookOptions> options)
{
    public const int MaxLength = 2000;

    /// <summary>Why the URL is refused, or null when it is accepted.</summary>
    public async Task<string?> CheckAsync(string url, CancellationToken cancellationToken)
    {
        if (url.Length > MaxLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return $"Must be an absolute http or https URL of at most {MaxLength} characters.";
        }
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return "Must be an http or https URL.";
        }
        if (uri.UserInfo.Length > 0)
        {
            return "Must not contain a user name or password.";
        }
        if (options.Value.AllowPrivateNetworks)
        {
            return null;
        }
        var host = uri.IdnHost.Trim('[', ']');
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(host, out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            return "The host does not resolve.";
        }
        if (addresses.Length == 0)
        {
            return "The host does not resolve.";
        }
        return addresses.FirstOrDefault(IsRefused) is { } refused
            ? $"The host resolves to a loopback, private, link-local or otherwise non-public address ({refused}); "
                + "the setting Webhooks:AllowPrivateNetworks allows it."
            : null;
    }

    /// <summary>Loopback, private, link-local, unique-local, unspecified, multicast (and other non-unicast IPv4).</summary>
    public static bool IsRefused(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] is 0 or 10 or 127 or >= 224 // this network, private, loopback, multicast/reserved/broadcast
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 169 && b[1] == 254);
        }
        return address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.IPv6Loopback)
            || address.IsIPv6LinkLocal
            || address.IsIPv6SiteLocal
            || address.IsIPv6UniqueLocal
            || address.IsIPv6Multicast;
    }
}
