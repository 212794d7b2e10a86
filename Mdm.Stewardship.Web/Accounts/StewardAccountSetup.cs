using Mdm.Core.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Stewardship.Web.Accounts;

/// <summary>
/// At start: migrates the accounts schema, creates the three roles, and creates the first admin from
/// <c>MDM_STEWARD_ADMIN_EMAIL</c> / <c>MDM_STEWARD_ADMIN_PASSWORD</c> when no account has that e-mail (contract §1).
/// </summary>
public sealed partial class StewardAccountSetup(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    ILogger<StewardAccountSetup> logger
) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await SchemaMigration.MigrateAsync(
            services.GetRequiredService<Npgsql.NpgsqlDataSource>(),
            services.GetRequiredService<StewardIdentityDbContext>(),
            cancellationToken
        );
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StewardRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), "role");
            }
        }
        await EnsureFirstAdminAsync(services.GetRequiredService<UserManager<StewardUser>>());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EnsureFirstAdminAsync(UserManager<StewardUser> users)
    {
        var email = configuration["MDM_STEWARD_ADMIN_EMAIL"];
        var password = configuration["MDM_STEWARD_ADMIN_PASSWORD"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            LogNoAdmin(logger);
            return;
        }
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }
        var admin = new StewardUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Administrator",
        };
        Check(await users.CreateAsync(admin, password), "MDM_STEWARD_ADMIN_PASSWORD");
        Check(await users.AddToRoleAsync(admin, StewardRoles.Admin), "admin role");
        LogAdminCreated(logger);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not set up the steward accounts ({what}): {string.Join(" ", result.Errors.Select(e => e.Description))}"
            );
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first steward admin account")]
    private static partial void LogAdminCreated(ILogger logger);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "MDM_STEWARD_ADMIN_EMAIL or MDM_STEWARD_ADMIN_PASSWORD is not set: no first admin account was created"
    )]
    private static partial void LogNoAdmin(ILogger logger);
}
