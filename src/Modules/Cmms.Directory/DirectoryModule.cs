using Cmms.Directory.Agents;
using Cmms.Directory.ApiKeys;
using Cmms.Directory.Contracts;
using Cmms.Directory.Demo;
using Cmms.Directory.Home;
using Cmms.Directory.Organisations;
using Cmms.Directory.Scope;
using Cmms.Directory.Sites;
using Cmms.Directory.Teams;
using Cmms.Directory.Services;
using Cmms.Kernel.Security;
using Cmms.Kernel.Seeding;
using Cmms.Kernel.Ui;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cmms.Directory;

/// <summary>Organisations, people and roles, services and teams, agents and their rates, sites and referents.</summary>
public static class DirectoryModule
{
    public static IServiceCollection AddDirectoryModule(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null);
        services.AddScoped<IUserScopeProvider, UserScopeProvider>();
        services.AddScoped<IDirectory, Lookup.DirectoryLookup>();
        services.AddScoped<IOrganisationList, Lookup.OrganisationList>();
        services.AddScoped<ISiteReferents, Lookup.SiteReferents>();
        services.AddSingleton<INavigationContributor, DirectoryNavigation>();
        services.AddScoped<IHomeTileProvider, DirectoryHomeTiles>();
        services.AddScoped<IDemoSeeder, DirectoryDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapDirectoryModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapServicesApi();
        endpoints.MapTeamsApi();
        endpoints.MapAgentsApi();
        endpoints.MapSitesApi();
        endpoints.MapOrganisationApi();
        return endpoints;
    }
}
