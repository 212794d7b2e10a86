using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mdm.Core.Persistence;

internal static class MdmDbContextOptions
{
    /// <summary>One place that says how the context talks to PostgreSQL, for the app and the design-time tools.</summary>
    public static void Configure(DbContextOptionsBuilder builder, NpgsqlDataSource dataSource) =>
        builder
            .UseNpgsql(
                dataSource,
                npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history").EnableRetryOnFailure()
            )
            .UseSnakeCaseNamingConvention();
}
