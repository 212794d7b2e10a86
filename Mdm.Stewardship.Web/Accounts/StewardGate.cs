using Mdm.Core;
using Microsoft.AspNetCore.Components.Authorization;

namespace Mdm.Stewardship.Web.Accounts;

/// <summary>
/// The check every handler that changes data makes before it sends a command: hiding a button is presentation, this
/// is the permission. It asks the accounts store, not the session's cached roles, so a steward locked or demoted a
/// moment ago can no longer change anything.
/// </summary>
public sealed class StewardGate(AuthenticationStateProvider authentication, StewardAccounts accounts)
{
    /// <summary>The steward to act as, or null when the signed-in user may not change data.</summary>
    public async Task<Actor?> DeciderAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var name = user.Identity is { IsAuthenticated: true } identity ? identity.Name : null;
        return name is not null && await accounts.HoldsAsync(name, StewardRoles.Steward, StewardRoles.Admin)
            ? StewardActor.From(user)
            : null;
    }

    /// <summary>Whether the signed-in user is an admin right now.</summary>
    public async Task<bool> IsAdministratorAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return user.Identity is { IsAuthenticated: true, Name: { } name }
            && await accounts.HoldsAsync(name, StewardRoles.Admin);
    }
}
