using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace Mdm.Stewardship.Web.Accounts;

/// <summary>Lets <c>dotnet ef migrations add</c> build the accounts model without a running host or database.</summary>
internal sealed class StewardIdentityDesignTimeFactory : IDesignTimeDbContextFactory<StewardIdentityDbContext>
{
    public StewardIdentityDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<StewardIdentityDbContext>();
        StewardIdentityDbContext.Configure(builder, NpgsqlDataSource.Create("Host=localhost;Database=mdm_design"));
        return new StewardIdentityDbContext(builder.Options);
    }
}
