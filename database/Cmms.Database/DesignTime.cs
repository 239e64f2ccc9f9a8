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
        return new CmmsDbContext(options.Options);
    }
}

/// <summary>What a context knows before it is bound to a request: no organisation, no person, the system clock.</summary>
internal sealed class RequestContext : IOrganisationContext, ICurrentUser, IClock
{
    public static readonly RequestContext Nobody = new();

    public Guid? OrganisationId => null;

    public bool IsAuthenticated => false;

    public Guid? UserId => null;

    public string DisplayName => "system";

    public DateTime UtcNow => DateTime.UtcNow;

    public IDisposable Use(Guid organisationId) => throw new NotSupportedException("Bind the context to an organisation context first.");

    public bool IsInRole(string role) => false;
}
