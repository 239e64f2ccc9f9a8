using Microsoft.EntityFrameworkCore.Design;

namespace Cmms.Database.Sqlite;

internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CmmsDbContext>
{
    public CmmsDbContext CreateDbContext(string[] args) => DesignTime.Create(DatabaseProvider.Sqlite, "Data Source=design-time.db");
}
