using Microsoft.EntityFrameworkCore.Design;

namespace Cmms.Database.SqlServer;

internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CmmsDbContext>
{
    // Generating migrations and scripts needs no server: the connection is never opened.
    public CmmsDbContext CreateDbContext(string[] args) => DesignTime.Create(DatabaseProvider.SqlServer, "Server=localhost;Database=cmms;Trusted_Connection=True;TrustServerCertificate=True");
}
