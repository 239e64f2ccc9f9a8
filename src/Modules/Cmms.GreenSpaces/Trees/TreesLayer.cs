using System.Linq.Expressions;
using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.Trees;

/// <summary>The "trees" layer: every tree in service as a point, with what an arborist looks at first.</summary>
internal sealed class TreesLayer(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IDirectory directory, IStringLocalizer<Text> text)
    : GreenLayer<Tree, TreeLayerRow>(db, scopes, user)
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

    protected override Expression<Func<Tree, TreeLayerRow>> Row => t => new TreeLayerRow(
        t.Id, t.Position, t.Reference, t.FrenchName, t.LatinName, t.PlantingYear, t.HeightM, t.TrunkCircumferenceCm, t.Health, t.Risk,
        t.NearTraffic, t.LastInspectedOn, t.Location, t.ZoneId, t.SiteId);

    protected override Expression<Func<Tree, LabelRow>> Labels => t => new LabelRow(t.Id, Tree.LabelOf(t.FrenchName, t.Reference), t.Position);

    protected override string PageUrl(Guid id) => GreenSpacesUrls.Tree(id);

    /// <summary>The names of the zones these trees stand in, and of no others (a city has hundreds; a page of street trees, none).</summary>
    private async Task<Dictionary<Guid, string>> ZoneNamesAsync(IReadOnlyCollection<TreeLayerRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.ZoneId).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var zones = Db.Zones;
        return await zones.AsNoTracking().Where(z => ids.Contains(z.Id)).ToDictionaryAsync(z => z.Id, z => z.Name, cancellationToken);
    }

    protected override async Task<Func<TreeLayerRow, Feature>> FeaturesAsync(IReadOnlyCollection<TreeLayerRow> rows, CancellationToken cancellationToken)
    {
        var sites = (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        var zoneNames = await ZoneNamesAsync(rows, cancellationToken);
        var kind = text["Tree"].Value;
        var health = Enum.GetValues<TreeHealth>().ToDictionary(h => h, h => text[$"TreeHealth.{h}"].Value);
        var risk = Enum.GetValues<TreeRisk>().ToDictionary(r => r, r => text[$"TreeRisk.{r}"].Value);
        return t =>
        {
            var label = Tree.LabelOf(t.FrenchName, t.Reference);
            var p = Properties(t.Reference, label, kind);
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
            return new Feature(t.Id, t.Position, label, PageUrl(t.Id), p);
        };
    }
}

/// <summary>The columns of a tree its feature shows.</summary>
internal sealed record TreeLayerRow(
    Guid Id, Point Position, string Reference, string FrenchName, string LatinName, int? PlantingYear, decimal? HeightM, int? TrunkCircumferenceCm,
    TreeHealth Health, TreeRisk Risk, bool NearTraffic, DateOnly? LastInspectedOn, string? Location, Guid? ZoneId, Guid? SiteId) : IFeatureRow
{
    public Geometry Shape => Position;
}
