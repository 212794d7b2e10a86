using Mdm.Stewardship.Web.Accounts;
using Mdm.Stewardship.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>The permission every change handler asks for, whatever the page shows.</summary>
public sealed class StewardGateTests(StewardUiFactory factory) : StewardComponentTest(factory)
{
    [Theory]
    [InlineData(StewardRoles.Steward, "steward:steward@stewards.test")]
    [InlineData(StewardRoles.Admin, "steward:admin@stewards.test")]
    [InlineData(StewardRoles.Viewer, null)]
    public async Task Decider_IsTheStewardForStewardsAndAdmins_NobodyForViewers(string role, string? actor)
    {
        SignInAs(role);

        var decider = await Services.GetRequiredService<StewardGate>().DeciderAsync();

        Assert.Equal(actor, decider?.Name);
    }

    [Fact]
    public async Task Decider_WhenTheAccountWasLockedAfterSignIn_IsNobody()
    {
        SignInAs(StewardRoles.Admin);
        var accounts = Factory.Services.GetRequiredService<StewardAccounts>();
        var admin = (await accounts.ListAsync()).Single(a => a.Email == "admin@stewards.test");
        Assert.True((await accounts.SetLockedAsync(admin.Id, true, "another-admin@stewards.test")).Succeeded);
        try
        {
            Assert.Null(await Services.GetRequiredService<StewardGate>().DeciderAsync());
            Assert.False(await Services.GetRequiredService<StewardGate>().IsAdministratorAsync());
        }
        finally
        {
            await accounts.SetLockedAsync(admin.Id, false, "another-admin@stewards.test");
        }
    }
}
