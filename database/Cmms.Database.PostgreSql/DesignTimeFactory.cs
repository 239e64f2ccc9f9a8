using Microsoft.EntityFrameworkCore.Design;

namespace Cmms.Database.PostgreSql;

internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CmmsDbContext>
{
    // Generating migrations and scripts needs no server: the connection is never opened.
    public CmmsDbContext CreateDbContext(string[] args) => DesignTime.Create(DatabaseProvider.PostgreSql, "Host=localhost;Database=cmms");
}
