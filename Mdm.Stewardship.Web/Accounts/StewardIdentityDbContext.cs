using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mdm.Stewardship.Web.Accounts;

/// <summary>Steward accounts and roles (ASP.NET Core Identity) in the hub's PostgreSQL, schema <c>stewardship</c>.</summary>
public sealed class StewardIdentityDbContext(DbContextOptions<StewardIdentityDbContext> options)
    : IdentityDbContext<StewardUser>(options)
{
    public const string Schema = "stewardship";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        base.OnModelCreating(builder);
    }

    internal static void Configure(DbContextOptionsBuilder builder, NpgsqlDataSource dataSource) =>
        builder
            .UseNpgsql(
                dataSource,
                npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", Schema).EnableRetryOnFailure()
            )
            .UseSnakeCaseNamingConvention();
}
