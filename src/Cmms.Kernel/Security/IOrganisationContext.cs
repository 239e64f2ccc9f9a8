namespace Cmms.Kernel.Security;

/// <summary>
/// The organisation every query is scoped to. Per request it follows the signed-in user; seeding and
/// jobs set it explicitly with <see cref="Use"/>, so no code path runs unscoped by accident.
/// </summary>
public interface IOrganisationContext
{
    Guid? OrganisationId { get; }

    /// <summary>Acts for <paramref name="organisationId"/> until the returned scope is disposed.</summary>
    IDisposable Use(Guid organisationId);
}
