using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Stewardship.Web.Accounts;

/// <summary>An account as the admin page lists it.</summary>
public sealed record StewardAccount(string Id, string Email, string? DisplayName, string Role, bool LockedOut);

/// <summary>The result of an account change: null error when it worked.</summary>
public sealed record AccountChange(string? Error)
{
    public static AccountChange Done { get; } = new((string?)null);

    public bool Succeeded => Error is null;
}

/// <summary>
/// Account administration for admins. Each call runs in its own scope (a fresh Identity DbContext), so a long-lived
/// Blazor circuit never holds one context across operations.
/// </summary>
public sealed class StewardAccounts(IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<StewardAccount>> ListAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StewardUser>>();
        var result = new List<StewardAccount>();
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync())
        {
            var roles = await users.GetRolesAsync(user);
            result.Add(
                new(user.Id, user.Email ?? "", user.DisplayName, RoleOf(roles), await users.IsLockedOutAsync(user))
            );
        }
        return result;
    }

    /// <summary>
    /// Whether the account, as stored now (not as its cookie remembers it), is unlocked and holds one of
    /// <paramref name="roles"/>.
    /// </summary>
    public async Task<bool> HoldsAsync(string userName, params string[] roles)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StewardUser>>();
        var user = await users.FindByNameAsync(userName);
        return user is not null
            && !await users.IsLockedOutAsync(user)
            && (await users.GetRolesAsync(user)).Any(roles.Contains);
    }

    public async Task<AccountChange> CreateAsync(string email, string? displayName, string role, string password)
    {
        if (!StewardRoles.All.Contains(role))
        {
            return new("Choose viewer, steward or admin.");
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StewardUser>>();
        var user = new StewardUser
        {
            UserName = email,
            Email = email,
            DisplayName = displayName,
            EmailConfirmed = true,
        };
        var created = await users.CreateAsync(user, password);
        return !created.Succeeded ? Failure(created) : Result(await users.AddToRoleAsync(user, role));
    }

    /// <summary>Gives the account exactly <paramref name="role"/>; its open sessions end at the next revalidation.</summary>
    public async Task<AccountChange> SetRoleAsync(string userId, string role, string actingUserName)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StewardUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null || !StewardRoles.All.Contains(role))
        {
            return new("No such account or role.");
        }
        if (user.UserName == actingUserName && role != StewardRoles.Admin)
        {
            return new("You cannot remove your own admin role: ask another admin.");
        }
        var removed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, role) : removed;
        return !added.Succeeded ? Failure(added) : Result(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>Locks (indefinitely) or unlocks an account; locking ends its sessions at the next revalidation.</summary>
    public async Task<AccountChange> SetLockedAsync(string userId, bool locked, string actingUserName)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StewardUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new("No such account.");
        }
        if (locked && user.UserName == actingUserName)
        {
            return new("You cannot lock your own account.");
        }
        await users.SetLockoutEnabledAsync(user, true);
        var changed = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        return !changed.Succeeded ? Failure(changed) : Result(await users.UpdateSecurityStampAsync(user));
    }

    private static string RoleOf(IList<string> roles) => StewardRoles.Highest(roles.Contains);

    private static AccountChange Result(IdentityResult result) =>
        result.Succeeded ? AccountChange.Done : Failure(result);

    private static AccountChange Failure(IdentityResult result) =>
        new(string.Join(" ", result.Errors.Select(e => e.Description)));
}
