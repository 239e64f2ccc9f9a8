using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.GreenSpaces.Trees;

/// <summary>The "trees" layer: every tree in service as a point, with what an arborist looks at first.</summary>
internal sealed class TreesLayer(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IDirectory directory, IStringLocalizer<Text> text)
    : GreenLayer<Tree>(db, scopes, user)
{
    public const string LayerId = "trees";

    public override string Id => LayerId;

    public override string Title => text["Trees"];

    public override string Description => text["The tree inventory: species, planting year, size, health, last inspection and risk."];

    public override GeometryKind Kind => GeometryKind.Point;

    protected override double MaxSpan => 0;

    public override IReadOnlyList<FeatureField> Fields { get; } =
    [
        new("reference", "Reference", FieldType.Text),
        new("label", "Name", FieldType.Text),
        new("kind", "Kind", FieldType.Text),
        new("species", "Species (French name)", FieldType.Text),
        new("latinName", "Species (Latin name)", FieldType.Text),
        new("plantingYear", "Planting year", FieldType.WholeNumber),
        new("heightM", "Height (m)", FieldType.Number),
        new("trunkCircumferenceCm", "Trunk circumference at 1.30 m (cm)", FieldType.WholeNumber),
        new("health", "Health", FieldType.Text),
        new("risk", "Risk", FieldType.Text),
        new("nearTraffic", "Near a path, road or play area", FieldType.Boolean),
        new("lastInspectedOn", "Last inspection", FieldType.Date),
        new("location", "Street or place", FieldType.Text),
        new("zone", "Zone", FieldType.Text),
        new("site", "Site", FieldType.Text),
    ];

    protected override async Task<Func<Tree, Feature>> FeaturesAsync(CancellationToken cancellationToken)
    {
        var sites = (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        var zones = Db.Zones;
        var zoneNames = await zones.AsNoTracking().ToDictionaryAsync(z => z.Id, z => z.Name, cancellationToken);
        var kind = text["Tree"].Value;
        var health = Enum.GetValues<TreeHealth>().ToDictionary(h => h, h => text[$"TreeHealth.{h}"].Value);
        var risk = Enum.GetValues<TreeRisk>().ToDictionary(r => r, r => text[$"TreeRisk.{r}"].Value);
        return t =>
        {
            var p = Properties(t, kind);
            p["species"] = t.FrenchName;
            p["latinName"] = t.LatinName;
            p["plantingYear"] = (long?)t.PlantingYear;
            p["heightM"] = (double?)t.HeightM;
            p["trunkCircumferenceCm"] = (long?)t.TrunkCircumferenceCm;
            p["health"] = health[t.Health];
            p["risk"] = risk[t.Risk];
            p["nearTraffic"] = t.NearTraffic;
            p["lastInspectedOn"] = t.LastInspectedOn;
            p["location"] = t.Location;
            p["zone"] = t.ZoneId is { } z ? zoneNames.GetValueOrDefault(z) : null;
            p["site"] = t.SiteId is { } s ? sites.GetValueOrDefault(s) : null;
            return new Feature(t.Id, t.Position, t.Label, GreenSpacesUrls.Tree(t.Id), p);
        };
    }
}
