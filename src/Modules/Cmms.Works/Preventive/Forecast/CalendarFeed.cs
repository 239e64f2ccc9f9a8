using System.Security.Cryptography;
using Cmms.Kernel.Domain;

namespace Cmms.Works.Preventive.Forecast;

/// <summary>
/// A team's private iCalendar address: whoever holds the token can read the team's planned visits (a phone
/// calendar cannot sign in). Regenerating it replaces the token, so a leaked address stops working.
/// </summary>
public sealed class CalendarFeed : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid TeamId { get; set; }

    public required string Token { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}
