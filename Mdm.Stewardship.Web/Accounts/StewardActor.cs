using System.Security.Claims;
using Mdm.Core;

namespace Mdm.Stewardship.Web.Accounts;

/// <summary>The audit name of the signed-in steward: <c>steward:&lt;user name&gt;</c>.</summary>
public static class StewardActor
{
    private const string Prefix = "steward:";

    /// <summary>An actor's name as a page shows it: a steward by e-mail, anything else (system, API keys) as stored.</summary>
    public static string Display(string actorName) =>
        actorName.StartsWith(Prefix, StringComparison.Ordinal) ? actorName[Prefix.Length..] : actorName;

    public static Actor From(ClaimsPrincipal user) =>
        new($"{Prefix}{user.Identity?.Name ?? throw new InvalidOperationException("No steward is signed in.")}");
}
