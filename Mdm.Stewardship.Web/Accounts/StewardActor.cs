using System.Security.Claims;
using Mdm.Core;

namespace Mdm.Stewardship.Web.Accounts;

/// <summary>The audit name of the signed-in steward: <c>steward:&lt;user name&gt;</c>.</summary>
public static class StewardActor
{
    public static Actor From(ClaimsPrincipal user) =>
        new($"steward:{user.Identity?.Name ?? throw new InvalidOperationException("No steward is signed in.")}");
}
