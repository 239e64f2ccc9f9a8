using System.Reflection;
using Cmms.Directory;
using Cmms.Directory.Users;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Database;

/// <summary>
/// The one database of the monolith. Modules contribute their model through their
/// IEntityTypeConfiguration classes and reach their tables through DbContext.Set; this class adds
/// what every module relies on: the organisation filter, optimistic concurrency, UTC instants and
/// SQL-sortable money.
/// </summary>
public sealed class CmmsDbContext(DbContextOptions<CmmsDbContext> options) : IdentityUserContext<User, Guid>(options), IDataProtectionKeyContext
{
    // Contexts are pooled: who acts, and for which organisation, is bound each time one is rented
    // (DatabaseSetup). Until then nothing is visible and nothing organisation-owned can be written.
    private IOrganisationContext organisation = RequestContext.Nobody;
    private ICurrentUser currentUser = RequestContext.Nobody;
    private IClock clock = RequestContext.Nobody;

    /// <summary>Binds the context to the request (or job) that rented it from the pool.</summary>
    public CmmsDbContext Bind(IOrganisationContext organisationContext, ICurrentUser user, IClock time)
    {
        organisation = organisationContext;
        currentUser = user;
        clock = time;
        return this;
    }

    // A scope resolves this context under two service types (CmmsDbContext for Identity, DbContext for
    // the modules), so the container disposes it twice. Returned to the pool on the first call, the
    // second would hand back an instance another request has rented since. The scope's lease is the one
    // owner that returns it; the container's calls do nothing while the lease holds it.
    private bool heldByScope;

    internal CmmsDbContext HoldForScope()
    {
        heldByScope = true;
        return this;
    }

    internal void ReleaseFromScope()
    {
        heldByScope = false;
        Dispose();
    }

    internal ValueTask ReleaseFromScopeAsync()
    {
        heldByScope = false;
        return DisposeAsync();
    }

    public override void Dispose()
    {
        if (!heldByScope)
        {
            Unbind();
            base.Dispose();
        }
    }

    public override ValueTask DisposeAsync()
    {
        if (heldByScope)
        {
            return ValueTask.CompletedTask;
        }

        Unbind();
        return base.DisposeAsync();
    }

    private void Unbind() => Bind(RequestContext.Nobody, RequestContext.Nobody, RequestContext.Nobody);

    /// <summary>The modules whose configurations make up the model, in a stable order.</summary>
    public static readonly IReadOnlyList<Assembly> ModuleAssemblies = [typeof(DirectoryModule).Assembly, typeof(Cmms.Works.WorksModule).Assembly, typeof(Cmms.Fleet.FleetModule).Assembly, typeof(Cmms.Buildings.BuildingsModule).Assembly, typeof(Cmms.Gis.GisModule).Assembly, typeof(Cmms.GreenSpaces.GreenSpacesModule).Assembly, typeof(Cmms.Roads.RoadsModule).Assembly, typeof(Cmms.Stock.StockModule).Assembly, typeof(Cmms.Costs.CostsModule).Assembly];

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    // Read by the query filters at every query: EF parameterises members of the context.
    private Guid? CurrentOrganisationId => organisation.OrganisationId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        IdentityTables.Configure(builder);
        builder.ApplyConfiguration(new JobRunConfiguration());
        builder.Entity<DataProtectionKey>().ToTable("host_data_protection_keys");
        foreach (var assembly in ModuleAssemblies)
        {
            builder.ApplyConfigurationsFromAssembly(assembly);
        }

        GeometryColumns.Apply(builder, postgis: Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL");

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null).ToList())
        {
            var clr = entityType.ClrType;
            if (typeof(Entity).IsAssignableFrom(clr))
            {
                // Ids are made by the entity itself (time-ordered GUIDs). Saying so lets EF insert a new
                // row reached through a navigation (agent.Rates.Add) instead of taking it for an existing one.
                builder.Entity(clr).Property(nameof(Entity.Id)).ValueGeneratedNever();
            }

            if (typeof(IOrganisationOwned).IsAssignableFrom(clr))
            {
                ApplyOrganisationFilterMethod.MakeGenericMethod(clr).Invoke(this, [builder]);
            }

            if (typeof(IVersioned).IsAssignableFrom(clr))
            {
                builder.Entity(clr).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
                builder.Entity(clr).Property(nameof(IVersioned.UpdatedBy)).HasMaxLength(200);
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or sum decimals in SQL: store them as integer ten-thousandths
        // (money to the cent, CUMP to 4 decimals) so every provider sorts and sums them.
        configurationBuilder.Properties<decimal>().HaveConversion<DecimalAsTenThousandthsConverter>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private static readonly MethodInfo ApplyOrganisationFilterMethod =
        typeof(CmmsDbContext).GetMethod(nameof(ApplyOrganisationFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private void ApplyOrganisationFilter<T>(ModelBuilder builder)
        where T : class, IOrganisationOwned
    {
        builder.Entity<T>().HasQueryFilter(e => e.OrganisationId == CurrentOrganisationId);
        builder.Entity<T>().HasIndex(e => e.OrganisationId);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampChanges();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex) when (ex.Entries.Any(e => e.Entity is IVersioned))
        {
            var entry = ex.Entries.First(e => e.Entity is IVersioned);
            var current = await entry.GetDatabaseValuesAsync(cancellationToken);
            throw new ConcurrencyConflictException(
                current?.GetValue<string?>(nameof(IVersioned.UpdatedBy)),
                current?.GetValue<DateTime?>(nameof(IVersioned.UpdatedAtUtc)));
        }
    }

    private void StampChanges()
    {
        var now = clock.UtcNow;
        var who = currentUser.IsAuthenticated ? currentUser.DisplayName : "system";
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is IOrganisationOwned owned)
            {
                GuardOrganisation(entry.State, owned);
            }

            if (entry.Entity is IVersioned versioned && entry.State is EntityState.Added or EntityState.Modified)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                version.CurrentValue = entry.State == EntityState.Added ? 1 : (int)version.OriginalValue! + 1;
                versioned.UpdatedAtUtc = now;
                versioned.UpdatedBy = who;
            }
        }
    }

    private void GuardOrganisation(EntityState state, IOrganisationOwned owned)
    {
        var current = organisation.OrganisationId
            ?? throw new InvalidOperationException("No organisation is set: organisation-owned rows cannot be written.");
        if (state == EntityState.Added && owned.OrganisationId == Guid.Empty)
        {
            owned.OrganisationId = current;
        }
        else if (owned.OrganisationId != current)
        {
            // The filter already hides other organisations' rows; this catches code that builds one by hand.
            throw new InvalidOperationException("A row of another organisation cannot be written.");
        }
    }
}
