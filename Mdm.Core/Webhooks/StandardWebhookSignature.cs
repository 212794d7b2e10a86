using System.Security.Cryptography;
using System.Text;

namespace Mdm.Core.Webhooks;

/// <summary>
/// Signs deliveries as the Standard Webhooks specification does, so a receiver can verify them with any of its
/// libraries: the secret is <c>whsec_</c> followed by the base64 key, and the <c>webhook-signature</c> header is
/// <c>v1,</c> followed by the base64 HMAC-SHA256 of <c>{msgId}.{timestamp}.{body}</c>.
/// </summary>
public static class StandardWebhookSignature
{
    public const string SecretPrefix = "whsec_";

    /// <summary>A new secret carrying 24 random bytes (192 bits), the size the specification's libraries make.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    /// <summary>The <c>webhook-signature</c> header value for one delivery attempt.</summary>
    /// <param name="secret"><c>whsec_</c> followed by a non-empty base64 key.</param>
    /// <param name="msgId">The <c>webhook-id</c> header: the same across retries of one message.</param>
    /// <param name="timestamp">The <c>webhook-timestamp</c> header, in seconds since the Unix epoch.</param>
    /// <param name="body">The exact body sent: the receiver verifies the bytes it gets, not a re-serialization.</param>
    /// <exception cref="ArgumentException">The secret is not <c>whsec_</c> + base64.</exception>
    public static string Sign(string secret, string msgId, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(msgId);
        ArgumentNullException.ThrowIfNull(body);
        var key = DecodeKey(secret);
        var signed = Encoding.UTF8.GetBytes($"{msgId}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }

    private static byte[] DecodeKey(string secret)
    {
        if (secret is null || !secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A webhook secret starts with '{SecretPrefix}'.", nameof(secret));
        }
        try
        {
            var key = Convert.FromBase64String(secret[SecretPrefix.Length..]);
            return key.Length > 0
                ? key
                : throw new ArgumentException("A webhook secret's key is empty.", nameof(secret));
        }
        catch (FormatException e)
        {
            throw new ArgumentException("A webhook secret's key is not base64.", nameof(secret), e);
        }
    }
}
