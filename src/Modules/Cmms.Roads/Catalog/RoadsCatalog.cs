using Cmms.Directory.Contracts;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Cmms.Roads.Common;
using Cmms.Roads.Segments;
using Cmms.Roads.Signs;
using Cmms.Roads.StreetLights;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Roads.Catalog;

/// <summary>
/// The module's answer to the asset catalog (the kernel's register catalog): road segments, signs and light points,
/// found by words of their street, code, meaning, cabinet or reference, by id, or by place; a segment's pin is its middle.
/// </summary>
internal sealed class RoadsCatalog(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IStringLocalizer<Text> text)
    : RegisterCatalog<RoadSearchTerm>(db)
{
    public override string ModuleName => RoadsModule.Name;

    protected override IReadOnlyList<CatalogRegister> Registers =>
        [CatalogRegister.Of(Db.RoadSegments, RoadSegment.MaxSpan), CatalogRegister.Of(Db.Signs, 0, small: true), CatalogRegister.Of(Db.StreetLights, 0)];

    protected override async Task<ISiteScope> ScopeAsync(CancellationToken cancellationToken) => await scopes.GetAsync(user, cancellationToken);

    protected override (string Kind, string PageUrl) Describe(RegisterAsset asset) => asset switch
    {
        RoadSegment s => (text["Road segment"].Value, RoadsUrls.Segment(s.Id)),
        Sign s => (text["Road sign"].Value, RoadsUrls.Sign(s.Id)),
        StreetLight l => (text["Light point"].Value, RoadsUrls.StreetLight(l.Id)),
        _ => throw new InvalidOperationException(asset.GetType().Name),
    };
}
