using System.Linq.Expressions;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Cmms.Roads.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.StreetLights;

/// <summary>The "street-lights" layer: light points with their lamp, power, mast and cabinet.</summary>
internal sealed class StreetLightsLayer(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IDirectory directory, IStringLocalizer<Text> text)
    : RoadLayer<StreetLight, LightLayerRow>(db, scopes, user)
{
    public const string LayerId = "street-lights";

    public override string Id => LayerId;

    public override string Title => text["Street lights"];

    public override string Description => text["Public lighting: each light point with its lamp type, power, mast height and the cabinet that feeds it."];

    public override GeometryKind Kind => GeometryKind.Point;

    protected override double MaxSpan => 0;

    public override IReadOnlyList<FeatureField> Fields { get; } =
    [
        new("reference", "Reference", FieldType.Text),
        new("label", "Name", FieldType.Text),
        new("kind", "Kind", FieldType.Text),
        new("lamp", "Lamp type", FieldType.Text),
        new("powerW", "Power (W)", FieldType.WholeNumber),
        new("cabinet", "Lighting cabinet", FieldType.Text),
        new("mastHeightM", "Mast height (m)", FieldType.Number),
        new("installedOn", "Installed on", FieldType.Date),
        new("street", "Street", FieldType.Text),
        new("site", "Site", FieldType.Text),
    ];

    protected override Expression<Func<StreetLight, LightLayerRow>> Row => l => new LightLayerRow(
        l.Id, l.Position, l.Reference, l.StreetName, l.Lamp, l.PowerW, l.Cabinet, l.MastHeightM, l.InstalledOn, l.SiteId);

    protected override Expression<Func<StreetLight, LabelRow>> Labels => l => new LabelRow(l.Id, StreetLight.LabelOf(l.Reference, l.StreetName), l.Position);

    protected override string PageUrl(Guid id) => RoadsUrls.StreetLight(id);

    protected override async Task<Func<LightLayerRow, Feature>> FeaturesAsync(IReadOnlyCollection<LightLayerRow> rows, CancellationToken cancellationToken)
    {
        var sites = (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        var kind = text["Light point"].Value;
        var lamps = Enum.GetValues<LampType>().ToDictionary(l => l, l => text[$"LampType.{l}"].Value);
        return l =>
        {
            var label = StreetLight.LabelOf(l.Reference, l.StreetName);
            var p = Properties(l.Reference, label, kind);
            p["lamp"] = lamps[l.Lamp];
            p["powerW"] = (long?)l.PowerW;
            p["cabinet"] = l.Cabinet;
            p["mastHeightM"] = (double?)l.MastHeightM;
            p["installedOn"] = l.InstalledOn;
            p["street"] = l.StreetName;
            p["site"] = l.SiteId is { } site ? sites.GetValueOrDefault(site) : null;
            return new Feature(l.Id, l.Position, label, PageUrl(l.Id), p);
        };
    }
}

/// <summary>The columns of a light point its feature shows.</summary>
internal sealed record LightLayerRow(
    Guid Id, Point Position, string Reference, string? StreetName, LampType Lamp, int? PowerW, string? Cabinet, decimal? MastHeightM, DateOnly? InstalledOn,
    Guid? SiteId) : IFeatureRow
{
    public Geometry Shape => Position;
}
