using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Database;

/// <summary>Builds the context for `dotnet ef` (migrations, scripts) without the web host.</summary>
public static class DesignTime
{
    public static CmmsDbContext Create(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<CmmsDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString);
        return new CmmsDbContext(options.Options, new NoOrganisation(), new NoUser(), new SystemClock());
    }

    private sealed class NoOrganisation : IOrganisationContext
    {
        public Guid? OrganisationId => null;

        public IDisposable Use(Guid organisationId) => throw new NotSupportedException();
    }

    private sealed class NoUser : ICurrentUser
    {
        public bool IsAuthenticated => false;

        public Guid? UserId => null;

        public string DisplayName => "design-time";

        public Guid? OrganisationId => null;

        public bool IsInRole(string role) => false;
    }
}
