using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.GreenSpaces.PlayEquipment;
using Cmms.GreenSpaces.Trees;
using Cmms.GreenSpaces.Zones;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.GreenSpaces.Catalog;

/// <summary>
/// The module's answer to the asset catalog (the kernel's register catalog): zones, play equipment and trees, found
/// by words of their name, species, street or reference, by id, or by place. Zones and play equipment come before
/// trees: a park has hundreds of trees, and the park is more often what is meant.
/// </summary>
internal sealed class GreenSpacesCatalog(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IStringLocalizer<Text> text)
    : RegisterCatalog<GreenSearchTerm>(db)
{
    public override string ModuleName => GreenSpacesModule.Name;

    protected override IReadOnlyList<CatalogRegister> Registers =>
        [CatalogRegister.Of(Db.Zones, Zone.MaxSpan, small: true), CatalogRegister.Of(Db.PlayItems, 0, small: true), CatalogRegister.Of(Db.Trees, 0)];

    protected override async Task<ISiteScope> ScopeAsync(CancellationToken cancellationToken) => await scopes.GetAsync(user, cancellationToken);

    protected override (string Kind, string PageUrl) Describe(RegisterAsset asset) => asset switch
    {
        Tree t => (text["Tree"].Value, GreenSpacesUrls.Tree(t.Id)),
        Zone z => (text[$"ZoneKind.{z.Kind}"].Value, GreenSpacesUrls.Zone(z.Id)),
        PlayItem p => (text["Play equipment"].Value, GreenSpacesUrls.PlayItem(p.Id)),
        _ => throw new InvalidOperationException(asset.GetType().Name),
    };
}
