using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.GreenSpaces.Zones;

/// <summary>The "zones" layer: lawns, beds, meadows… as polygons, with their area and maintenance class.</summary>
internal sealed class ZonesLayer(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IDirectory directory, IStringLocalizer<Text> text)
    : GreenLayer<Zone>(db, scopes, user)
{
    public const string LayerId = "zones";

    public override string Id => LayerId;

    public override string Title => text["Green zones"];

    public override string Description => text["Parks, lawns, flower beds, meadows, hedges and sports grounds, with their area (Lambert-93) and maintenance class."];

    public override GeometryKind Kind => GeometryKind.Polygon;

    protected override double MaxSpan => Zone.MaxSpan;

    public override IReadOnlyList<FeatureField> Fields { get; } =
    [
        new("reference", "Reference", FieldType.Text),
        new("label", "Name", FieldType.Text),
        new("kind", "Kind of zone", FieldType.Text),
        new("maintenanceClass", "Maintenance class", FieldType.Text),
        new("areaM2", "Area (m²)", FieldType.Number),
        new("site", "Site", FieldType.Text),
    ];

    protected override async Task<Func<Zone, Kernel.Geo.Feature>> FeaturesAsync(CancellationToken cancellationToken)
    {
        var sites = (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        return z =>
        {
            var p = Properties(z, text[$"ZoneKind.{z.Kind}"]);
            p["maintenanceClass"] = text[$"MaintenanceClass.{z.MaintenanceClass}"].Value;
            p["areaM2"] = z.AreaM2;
            p["site"] = z.SiteId is { } s ? sites.GetValueOrDefault(s) : null;
            return new Kernel.Geo.Feature(z.Id, z.Outline, z.Label, GreenSpacesUrls.Zone(z.Id), p);
        };
    }
}
