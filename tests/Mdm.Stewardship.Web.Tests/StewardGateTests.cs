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
}
