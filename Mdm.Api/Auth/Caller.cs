using System.Globalization;
using System.Security.Claims;
using Mdm.Core;
using Mdm.Core.ApiKeys;

namespace Mdm.Api.Auth;

/// <summary>The authenticated API key, as read back from the request's claims.</summary>
public sealed record Caller(Guid KeyId, string Name, string? SourceSystem, int? RequestsPerMinute)
{
    private const string ScopeClaim = "scope";
    private const string SourceSystemClaim = "source_system";
    private const string RateClaim = "requests_per_minute";

    public Actor Actor => Actor.ApiKey(Name);

    /// <summary>True when a key bound to one source system tries to write another's records.</summary>
    public bool MayNotWrite(string sourceSystem) =>
        SourceSystem is not null && !string.Equals(SourceSystem, sourceSystem, StringComparison.Ordinal);

    public static IEnumerable<Claim> ToClaims(ApiKeyIdentity key)
    {
        yield return new Claim(ClaimTypes.NameIdentifier, key.Id.ToString());
        yield return new Claim(ClaimTypes.Name, key.Name);
        foreach (var scope in key.Scopes)
        {
            yield return new Claim(ScopeClaim, scope);
        }
        if (key.SourceSystem is not null)
        {
            yield return new Claim(SourceSystemClaim, key.SourceSystem);
        }
        if (key.RequestsPerMinute is { } rpm)
        {
            yield return new Claim(RateClaim, rpm.ToString(CultureInfo.InvariantCulture));
        }
    }

    public static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.HasClaim(ScopeClaim, scope) || user.HasClaim(ScopeClaim, Scopes.Admin);

    public static Caller? From(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return null;
        }
        var rpm = user.FindFirstValue(RateClaim);
        return new Caller(
            Guid.Parse(id),
            user.FindFirstValue(ClaimTypes.Name) ?? "",
            user.FindFirstValue(SourceSystemClaim),
            rpm is null ? null : int.Parse(rpm, CultureInfo.InvariantCulture)
        );
    }
}
