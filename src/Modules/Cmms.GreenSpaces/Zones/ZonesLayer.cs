using System.Linq.Expressions;
using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.Zones;

/// <summary>The "zones" layer: lawns, beds, meadows… as polygons, with their area and maintenance class.</summary>
internal sealed class ZonesLayer(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IDirectory directory, IStringLocalizer<Text> text)
    : GreenLayer<Zone, ZoneLayerRow>(db, scopes, user)
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

    protected override Expression<Func<Zone, ZoneLayerRow>> Row => z => new ZoneLayerRow(z.Id, z.Outline, z.Reference, z.Name, z.Kind, z.MaintenanceClass, z.AreaM2, z.SiteId);

    protected override Expression<Func<Zone, LabelRow>> Labels => z => new LabelRow(z.Id, z.Name, z.Outline);

    protected override string PageUrl(Guid id) => GreenSpacesUrls.Zone(id);

    protected override async Task<Func<ZoneLayerRow, Kernel.Geo.Feature>> FeaturesAsync(IReadOnlyCollection<ZoneLayerRow> rows, CancellationToken cancellationToken)
    {
        var sites = (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        return z =>
        {
            var p = Properties(z.Reference, z.Name, text[$"ZoneKind.{z.Kind}"]);
            p["maintenanceClass"] = text[$"MaintenanceClass.{z.MaintenanceClass}"].Value;
            p["areaM2"] = z.AreaM2;
            p["site"] = z.SiteId is { } s ? sites.GetValueOrDefault(s) : null;
            return new Kernel.Geo.Feature(z.Id, z.Outline, z.Name, PageUrl(z.Id), p);
        };
    }
}

/// <summary>The columns of a zone its feature shows (its label is its name).</summary>
internal sealed record ZoneLayerRow(Guid Id, Geometry Outline, string Reference, string Name, ZoneKind Kind, MaintenanceClass MaintenanceClass, double AreaM2, Guid? SiteId)
    : IFeatureRow
{
    public Geometry Shape => Outline;
}
