namespace Mdm.Stewardship.Web.Accounts;

/// <summary>The three roles of the steward UI; every account holds exactly one.</summary>
public static class StewardRoles
{
    /// <summary>Reads everything, decides nothing.</summary>
    public const string Viewer = "viewer";

    /// <summary>Decides match reviews, splits, pins and imports.</summary>
    public const string Steward = "steward";

    /// <summary>A steward who also manages accounts and sees the job dashboard.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Viewer, Steward, Admin];

    /// <summary>The strongest role <paramref name="holds"/> says yes to, or "none".</summary>
    public static string Highest(Func<string, bool> holds) => All.Reverse().FirstOrDefault(holds) ?? "none";

    /// <summary>Policy: may change data (steward or admin).</summary>
    public const string CanDecide = "can-decide";

    /// <summary>Policy: may manage accounts (admin).</summary>
    public const string CanAdminister = "can-administer";
}
