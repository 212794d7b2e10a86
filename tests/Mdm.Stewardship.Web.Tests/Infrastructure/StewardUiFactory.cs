using Mdm.Core.Matching;
using Mdm.Stewardship.Web.Accounts;
using Mdm.Testing;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Stewardship.Web.Tests.Infrastructure;

/// <summary>
/// The real steward UI on Kestrel (a loopback port a browser can reach) over its own real PostgreSQL database,
/// with the first admin account from configuration. Shared by the tests of one class.
/// </summary>
public class StewardUiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@stewards.test";
    public const string Password = "Correct-horse-9";

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await (await PostgresServer.Instance).CreateDatabaseAsync();
        UseKestrel(0);
        StartServer();
    }

    /// <summary>The server's own address (for a real browser).</summary>
    public Uri RootUri =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public IMediator Mediator => Services.GetRequiredService<IMediator>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Mdm", ConnectionString);
        builder.UseSetting("MDM_STEWARD_ADMIN_EMAIL", AdminEmail);
        builder.UseSetting("MDM_STEWARD_ADMIN_PASSWORD", Password);
    }

    /// <summary>Empties the hub's tables (accounts stay) and the candidate index.</summary>
    public async Task ResetAsync()
    {
        await HubTables.EmptyAsync(ConnectionString);
        await Services.GetRequiredService<CandidateIndexHost>().RebuildAsync(CancellationToken.None);
    }

    /// <summary>Creates (once) an account with the role; its e-mail is <c>{role}@stewards.test</c>.</summary>
    public async Task<string> AccountAsync(string role)
    {
        var email = $"{role}@stewards.test";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StewardUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var user = new StewardUser
            {
                UserName = email,
                Email = email,
                DisplayName = role,
            };
            Ensure(await users.CreateAsync(user, Password));
            Ensure(await users.AddToRoleAsync(user, role));
        }
        return email;
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
