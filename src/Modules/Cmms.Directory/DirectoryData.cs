using Cmms.Directory.Agents;
using Cmms.Directory.ApiKeys;
using Cmms.Directory.Organisations;
using Cmms.Directory.Services;
using Cmms.Directory.Sites;
using Cmms.Directory.Teams;
using Cmms.Directory.Trades;
using Cmms.Directory.Users;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory;

/// <summary>The module's tables, as seen from the shared DbContext (the host owns the context, the module its sets).</summary>
internal static class DirectoryData
{
    extension(DbContext db)
    {
        public DbSet<Organisation> Organisations => db.Set<Organisation>();

        public DbSet<User> Users => db.Set<User>();

        public DbSet<Membership> Memberships => db.Set<Membership>();

        public DbSet<ManagedService> ManagedServices => db.Set<ManagedService>();

        public DbSet<ReferentSite> ReferentSites => db.Set<ReferentSite>();

        public DbSet<Service> Services => db.Set<Service>();

        public DbSet<Team> Teams => db.Set<Team>();

        public DbSet<Trade> Trades => db.Set<Trade>();

        public DbSet<Agent> Agents => db.Set<Agent>();

        public DbSet<AgentRate> AgentRates => db.Set<AgentRate>();

        public DbSet<Site> Sites => db.Set<Site>();

        public DbSet<ApiKey> ApiKeys => db.Set<ApiKey>();
    }
}
