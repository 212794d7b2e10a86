using Microsoft.AspNetCore.Identity;

namespace Mdm.Stewardship.Web.Accounts;

/// <summary>A person who signs in to the steward UI; the user name is the e-mail address.</summary>
public sealed class StewardUser : IdentityUser
{
    /// <summary>How the steward is named in the UI; decisions are audited under the user name.</summary>
    public string? DisplayName { get; set; }
}
