using Bunit;
using Mdm.Stewardship.Web.Accounts;
using Mdm.Stewardship.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>Admins manage steward accounts; nobody else can.</summary>
public sealed class AccountAdministrationTests(StewardUiFactory factory) : StewardComponentTest(factory)
{
    private StewardAccounts Accounts => Factory.Services.GetRequiredService<StewardAccounts>();

    [Fact]
    public async Task CreatedAccount_CanSignInWithItsRole_AndARoleChangeTakesEffect()
    {
        var email = $"new-{Guid.NewGuid():N}@stewards.test";

        var created = await Accounts.CreateAsync(email, "New Steward", StewardRoles.Viewer, StewardUiFactory.Password);
        var listed = (await Accounts.ListAsync()).Single(a => a.Email == email);
        var changed = await Accounts.SetRoleAsync(listed.Id, StewardRoles.Steward, StewardUiFactory.AdminEmail);

        Assert.True(created.Succeeded, created.Error);
        Assert.Equal(StewardRoles.Viewer, listed.Role);
        Assert.True(changed.Succeeded, changed.Error);
        Assert.Equal(StewardRoles.Steward, (await Accounts.ListAsync()).Single(a => a.Email == email).Role);
        using var client = await SignIn.ClientAsync(Factory, email, StewardUiFactory.Password);
    }

    [Fact]
    public async Task WeakPasswordOrUnknownRole_IsRefusedWithTheReason()
    {
        var weak = await Accounts.CreateAsync(
            $"weak-{Guid.NewGuid():N}@stewards.test",
            null,
            StewardRoles.Steward,
            "short"
        );
        var role = await Accounts.CreateAsync(
            $"role-{Guid.NewGuid():N}@stewards.test",
            null,
            "superuser",
            StewardUiFactory.Password
        );

        Assert.Contains("at least 10 characters", weak.Error, StringComparison.Ordinal);
        Assert.Equal("Choose viewer, steward or admin.", role.Error);
    }

    [Fact]
    public async Task LockedAccount_CannotSignIn_AndUnlockRestoresIt()
    {
        var email = await Factory.AccountAsync(StewardRoles.Viewer);
        var id = (await Accounts.ListAsync()).Single(a => a.Email == email).Id;

        await Accounts.SetLockedAsync(id, true, StewardUiFactory.AdminEmail);
        using var locked = Factory.CreateClient();
        var html = await (
            await SignIn.PostLoginAsync(locked, email, StewardUiFactory.Password)
        ).Content.ReadAsStringAsync();
        await Accounts.SetLockedAsync(id, false, StewardUiFactory.AdminEmail);

        Assert.Contains("account is locked", html, StringComparison.Ordinal);
        using var unlocked = await SignIn.ClientAsync(Factory, email, StewardUiFactory.Password);
    }

    [Fact]
    public async Task Admin_CannotDemoteOrLockThemselves()
    {
        var me = (await Accounts.ListAsync()).Single(a => a.Email == StewardUiFactory.AdminEmail);

        var demoted = await Accounts.SetRoleAsync(me.Id, StewardRoles.Viewer, StewardUiFactory.AdminEmail);
        var locked = await Accounts.SetLockedAsync(me.Id, true, StewardUiFactory.AdminEmail);

        Assert.False(demoted.Succeeded);
        Assert.False(locked.Succeeded);
        Assert.Equal(StewardRoles.Admin, (await Accounts.ListAsync()).Single(a => a.Id == me.Id).Role);
    }

    [Fact]
    public async Task Steward_OpeningTheAccountsPage_IsDenied()
    {
        using var client = await SignIn.ClientAsync(
            Factory,
            await Factory.AccountAsync(StewardRoles.Steward),
            StewardUiFactory.Password
        );

        var response = await client.GetAsync("/admin/users");

        Assert.Equal("/account/access-denied", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task AccountsPage_ListsAccountsWithTheirRoles()
    {
        var viewer = await Factory.AccountAsync(StewardRoles.Viewer);
        SignInAs(StewardRoles.Admin);

        var page = Render<Components.Pages.Admin.Accounts>();

        page.WaitForAssertion(() =>
            Assert.Contains(viewer, page.Find("[data-testid=accounts]").TextContent, StringComparison.Ordinal)
        );
        Assert.Contains(
            StewardUiFactory.AdminEmail,
            page.Find("[data-testid=accounts]").TextContent,
            StringComparison.Ordinal
        );
    }
}
