using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;

namespace Mdm.Stewardship.Web.Accounts;

/// <summary>
/// Hangfire's dashboard at <c>/hangfire</c>, for signed-in admins: the jobs the worker processes run (imports,
/// maintenance), read from the same PostgreSQL storage. This host runs no Hangfire server.
/// </summary>
public static class HangfireDashboardSetup
{
    public const string Path = "/hangfire";

    public static IServiceCollection AddMdmJobDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString =
            configuration.GetConnectionString("Mdm")
            ?? throw new InvalidOperationException("ConnectionStrings__Mdm is not set.");
        // The schema the workers use (Mdm.Sync); a web host does not reference the worker project.
        services.AddHangfire(c =>
            c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(connectionString),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true }
                )
        );
        return services;
    }

    public static void MapMdmJobDashboard(this WebApplication app) =>
        app.UseHangfireDashboard(
            Path,
            new DashboardOptions
            {
                Authorization = [new AdminsOnly()],
                AppPath = "/",
                DashboardTitle = "CustomerMdm jobs",
            }
        );

    private sealed class AdminsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(StewardRoles.Admin);
    }
}
