using Mdm.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace Mdm.Stewardship.Web.Accounts;

/// <summary>
/// The check every handler that changes data makes before it sends a command: hiding a button is presentation, this
/// is the permission. Returns the steward to act as, or null when the signed-in user may not change data.
/// </summary>
public sealed class StewardGate(AuthenticationStateProvider authentication, IAuthorizationService authorization)
{
    public async Task<Actor?> DeciderAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return (await authorization.AuthorizeAsync(user, StewardRoles.CanDecide)).Succeeded
            ? StewardActor.From(user)
            : null;
    }
}
