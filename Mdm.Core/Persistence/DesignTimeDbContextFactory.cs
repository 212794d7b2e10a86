using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace Mdm.Core.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running host or database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<MdmDbContext>
{
    public MdmDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<MdmDbContext>();
        var dataSource = NpgsqlDataSource.Create("Host=localhost;Database=mdm_design");
        MdmDbContextOptions.Configure(builder, dataSource);
        return new MdmDbContext(builder.Options);
    }
}
