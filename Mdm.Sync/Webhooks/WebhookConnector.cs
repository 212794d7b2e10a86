using System.Net;
using System.Net.Sockets;
using Mdm.Core.Webhooks;

namespace Mdm.Sync.Webhooks;

/// <summary>
/// Opens the TCP connections of webhook deliveries. A subscription's host was checked when it was created, but DNS can
/// answer differently now (rebinding), so the addresses are resolved here, checked with
/// <see cref="WebhookUrlPolicy.IsRefused"/>, and the socket connects to exactly those: no second resolution in between.
/// </summary>
public static class WebhookConnector
{
    public static SocketsHttpHandler CreateHandler(bool allowPrivateNetworks) =>
        new()
        {
            AllowAutoRedirect = false,
            // A proxy would resolve and connect on our behalf, after the check.
            UseProxy = false,
            // Pooled connections keep their checked address; re-resolve now and then as DNS legitimately moves.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, cancellationToken) =>
                ConnectAsync(context.DnsEndPoint, allowPrivateNetworks, cancellationToken),
        };

    private static async ValueTask<Stream> ConnectAsync(
        DnsEndPoint endPoint,
        bool allowPrivateNetworks,
        CancellationToken cancellationToken
    )
    {
        var addresses = IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        // Like the subscription check, one refused address refuses the host: which one we would reach is not ours to pick.
        if (!allowPrivateNetworks && (addresses.Length == 0 || addresses.Any(WebhookUrlPolicy.IsRefused)))
        {
            throw new WebhookAddressRefusedException();
        }
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }
}

/// <summary>The receiver's host resolves to an address deliveries may not go to (Webhooks:AllowPrivateNetworks).</summary>
public sealed class WebhookAddressRefusedException() : Exception("The webhook receiver's address is refused.");
