using Cmms.Kernel.Domain;
using Cmms.Works.Requests;

namespace Cmms.Works.Routing;

/// <summary>
/// Sends requests of a category, on a site, to a service. Either side may be left open: a rule for
/// "locksmith anywhere" or for "anything at the cemetery". The most specific matching rule wins.
/// </summary>
public sealed class RoutingRule : Entity, IOrganisationOwned, IVersioned
{
    public Guid OrganisationId { get; set; }

    public RequestCategory? Category { get; set; }

    public Guid? SiteId { get; set; }

    public Guid ServiceId { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}

/// <summary>The organisation's Works settings: where unmatched requests go, when done work closes by itself.</summary>
public sealed class WorksSettings : Entity, IOrganisationOwned, IVersioned
{
    public const int DefaultAutoCloseDays = 7;

    public Guid OrganisationId { get; set; }

    /// <summary>The service a request goes to when no rule matches: never nowhere.</summary>
    public Guid DefaultServiceId { get; set; }

    /// <summary>Done work the referent has not confirmed closes by itself after this many days.</summary>
    public int AutoCloseDays { get; set; } = DefaultAutoCloseDays;

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}

public static class Router
{
    /// <summary>
    /// The service for a request: a rule on both category and site first, then one on the site alone,
    /// then one on the category alone, then the default service.
    /// </summary>
    public static Guid Route(IEnumerable<RoutingRule> rules, RequestCategory category, Guid siteId, Guid defaultServiceId)
    {
        RoutingRule? bySite = null, byCategory = null;
        foreach (var rule in rules)
        {
            var siteMatches = rule.SiteId == siteId;
            var categoryMatches = rule.Category == category;
            if (siteMatches && categoryMatches)
            {
                return rule.ServiceId;
            }

            if (siteMatches && rule.Category is null)
            {
                bySite ??= rule;
            }
            else if (categoryMatches && rule.SiteId is null)
            {
                byCategory ??= rule;
            }
        }

        return bySite?.ServiceId ?? byCategory?.ServiceId ?? defaultServiceId;
    }
}
