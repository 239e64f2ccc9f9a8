namespace Cmms.Kernel.Domain;

/// <summary>
/// A row that belongs to one organisation. The database layer stamps it on insert and a global
/// query filter hides rows of every other organisation, so a query written without thinking of
/// tenancy is still scoped.
/// </summary>
public interface IOrganisationOwned
{
    Guid OrganisationId { get; set; }
}
