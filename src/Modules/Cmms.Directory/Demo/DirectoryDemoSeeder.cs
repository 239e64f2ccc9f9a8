using System.Globalization;
using Cmms.Directory.Agents;
using Cmms.Directory.ApiKeys;
using Cmms.Directory.Organisations;
using Cmms.Directory.Services;
using Cmms.Directory.Sites;
using Cmms.Directory.Teams;
using Cmms.Directory.Trades;
using Cmms.Directory.Users;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Directory.Demo;

/// <summary>
/// Loads the demo city of <see cref="DemoCity"/>: the two organisations, their services, teams, trades,
/// agents with rates, sites, logins and API keys. Runs first: the other modules' demo data hangs on it.
/// </summary>
internal sealed class DirectoryDemoSeeder(
    DbContext db, IOrganisationContext organisation, IPasswordHasher<User> hasher, ILookupNormalizer normalizer, IClock clock) : IDemoSeeder
{
    private const string Author = "démo";

    public int Order => 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // The city is the marker: once it exists, the demo has been loaded.
        if (await db.Organisations.AnyAsync(o => o.Code == DemoCity.City.Code, cancellationToken))
        {
            return;
        }

        var now = clock.UtcNow;
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);

        // Organisations and logins are global: they are saved before any organisation is in use.
        var organisations = DemoCity.Organisations.ToDictionary(o => o.Code, o => Stamp(
            new Organisation { Code = o.Code, Name = o.Name, Kind = o.Kind, Siren = o.Siren }, now));
        db.Organisations.AddRange(organisations.Values);
        var users = CreateUsers(organisations);
        db.Users.AddRange(users.Values);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        // Each organisation's rows are saved while that organisation is in use, as the context checks.
        foreach (var data in DemoCity.Organisations)
        {
            var organisationId = organisations[data.Code].Id;
            using (organisation.Use(organisationId))
            {
                AddDirectory(data, organisationId, users, now);
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
        }

        await tx.CommitAsync(cancellationToken);
    }

    private Dictionary<string, User> CreateUsers(Dictionary<string, Organisation> organisations)
    {
        string? passwordHash = null;
        var users = new Dictionary<string, User>(StringComparer.Ordinal);
        foreach (var (email, displayName) in DemoCity.Users)
        {
            var home = DemoCity.Organisations.First(o => o.Members.Any(m => m.Email == email));
            var user = new User
            {
                DisplayName = displayName,
                UserName = email,
                NormalizedUserName = normalizer.NormalizeName(email),
                Email = email,
                NormalizedEmail = normalizer.NormalizeEmail(email),
                EmailConfirmed = true,
                LockoutEnabled = true,
                CurrentOrganisationId = organisations[home.Code].Id,
            };

            // Hashing is slow on purpose; every demo login has the same password, so one hash serves all.
            user.PasswordHash = passwordHash ??= hasher.HashPassword(user, DemoLogins.Password);
            users.Add(email, user);
        }

        return users;
    }

    private void AddDirectory(DemoOrganisation data, Guid organisationId, Dictionary<string, User> users, DateTime now)
    {
        var services = new Dictionary<string, Service>(StringComparer.Ordinal);
        var teams = new Dictionary<string, Team>(StringComparer.Ordinal);
        foreach (var s in data.Services)
        {
            var service = Stamp(new Service { OrganisationId = organisationId, Code = s.Code, Name = s.Name, Kind = s.Kind }, now);
            services.Add(s.Code, service);
            foreach (var name in s.Teams)
            {
                teams.Add(name, Stamp(new Team { OrganisationId = organisationId, ServiceId = service.Id, Name = name }, now));
            }
        }

        var trades = DemoCity.Trades.ToDictionary(
            name => name, name => Stamp(new Trade { OrganisationId = organisationId, Name = name }, now), StringComparer.Ordinal);

        var sites = data.Sites.ToDictionary(s => s.Code, s => Stamp(new Site
        {
            OrganisationId = organisationId,
            Code = s.Code,
            Name = s.Name,
            Kind = s.Kind,
            Address = s.Address,
            PostCode = s.PostCode,
            City = s.Town,
            Latitude = s.Latitude,
            Longitude = s.Longitude,
        }, now), StringComparer.Ordinal);

        var agents = data.Agents.Select((a, index) =>
        {
            var agent = Stamp(new Agent
            {
                OrganisationId = organisationId,
                EmployeeNumber = string.Create(CultureInfo.InvariantCulture, $"{data.EmployeePrefix}-{index + 1:D5}"),
                FirstName = a.FirstName,
                LastName = a.LastName,
                TradeId = trades[a.Trade].Id,
                TeamId = teams[a.Team].Id,
                UserId = a.Login is null ? null : users[a.Login].Id,
            }, now);
            agent.Rates.AddRange(Rates(a, index, organisationId, agent.Id, now));
            return agent;
        }).ToList();

        var memberships = data.Members.Select(m => Stamp(new Membership
        {
            OrganisationId = organisationId,
            UserId = users[m.Email].Id,
            Roles = [.. m.Roles],
            ManagedServices = [.. (m.Services ?? []).Select(code => new ManagedService { OrganisationId = organisationId, ServiceId = services[code].Id })],
            ReferentSites = [.. (m.Sites ?? []).Select(code => new ReferentSite { OrganisationId = organisationId, SiteId = sites[code].Id })],
        }, now)).ToList();

        var (_, secretHash) = ApiKeySecret.FromParts(data.ApiKeyPrefix, data.ApiKeySecret);

        db.Services.AddRange(services.Values);
        db.Teams.AddRange(teams.Values);
        db.Trades.AddRange(trades.Values);
        db.Sites.AddRange(sites.Values);
        db.Agents.AddRange(agents);
        db.Memberships.AddRange(memberships);
        db.ApiKeys.Add(new ApiKey
        {
            OrganisationId = organisationId,
            Name = "Clé de démonstration",
            Prefix = data.ApiKeyPrefix,
            SecretHash = secretHash,
            CreatedAtUtc = now,
            CreatedBy = Author,
        });
    }

    /// <summary>
    /// A rate on 1 January of each year since the agent arrived (two or three years back), raised by
    /// 1.5 to 3 % a year. Every rate has started, so the demo's past hours all have a cost.
    /// </summary>
    private static IEnumerable<AgentRate> Rates(DemoAgent agent, int index, Guid organisationId, Guid agentId, DateTime now)
    {
        var raise = 1.015m + (0.005m * (index % 4));
        var cost = agent.HourlyCost;
        for (var year = now.Year - (agent.Recent ? 1 : 2); year <= now.Year; year++)
        {
            yield return new AgentRate
            {
                OrganisationId = organisationId,
                AgentId = agentId,
                EffectiveFrom = new DateOnly(year, 1, 1),
                HourlyCost = cost,
                CreatedAtUtc = now,
                CreatedBy = Author,
            };
            cost = decimal.Round(cost * raise, 2, MidpointRounding.AwayFromZero);
        }
    }

    private static T Stamp<T>(T row, DateTime now)
        where T : IVersioned
    {
        row.UpdatedAtUtc = now;
        row.UpdatedBy = Author;
        return row;
    }
}
