using System.Security.Cryptography;
using System.Text;

namespace Mdm.Core.ApiKeys;

/// <summary>Makes keys and the hashes they are stored as. Keys carry 256 random bits, so a plain SHA-256 is enough.</summary>
public static class ApiKeySecrets
{
    public static string NewKey() => "mdm_" + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
