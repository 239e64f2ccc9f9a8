namespace Cmms.Kernel.Security;

/// <summary>
/// The sites a person's roles reach, as the Directory works it out (its <c>UserScope</c> answers this): a
/// referent reaches their own sites, most roles every site. Kernel pieces filter site-owned rows with it
/// without knowing the Directory.
/// </summary>
public interface ISiteScope
{
    bool AllSites { get; }

    IReadOnlySet<Guid> SiteIds { get; }
}
