using System.Net;
using Mdm.Stewardship.Web.Accounts;
using Mdm.Stewardship.Web.Tests.Infrastructure;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>Hangfire's dashboard at /hangfire is for admins only.</summary>
public sealed class JobDashboardTests(StewardUiFactory factory) : IClassFixture<StewardUiFactory>
{
    [Fact]
    public async Task Admin_SeesTheJobDashboard()
    {
        using var admin = await SignIn.ClientAsync(factory, StewardUiFactory.AdminEmail, StewardUiFactory.Password);

        var response = await admin.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("CustomerMdm jobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Steward_IsRefused()
    {
        using var steward = await SignIn.ClientAsync(
            factory,
            await factory.AccountAsync(StewardRoles.Steward),
            StewardUiFactory.Password
        );

        Assert.Equal(HttpStatusCode.Forbidden, (await steward.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsRefused()
    {
        using var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/hangfire")).StatusCode);
    }
}
