using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.GreenSpaces.Zones;
using Cmms.Kernel;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.Trees;

/// <summary>
/// Imports a tree survey: one point per tree, the species by its Latin or French name (completed from the
/// reference list), and the same risk rule as the form. Columns are named as the "trees" layer's properties,
/// so an export imports back into another organisation.
/// </summary>
internal sealed class TreesImport(
    DbContext db, IDirectory directory, IWriteGate gate, ICurrentUser user, IClock clock, IStringLocalizer<Text> text, IStringLocalizer<CommonText> common)
    : GreenImport<Tree>(db, directory, gate, user, text, common)
{
    public override string Id => TreesLayer.LayerId;

    public override string Title => Text["Trees"];

    public override GeometryKind? Kind => GeometryKind.Point;

    protected override string Series => References.Trees;

    protected override double MaxSpan => 0;

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("reference", "Reference", FieldType.Text, false),
        new("latinName", "Species (Latin name)", FieldType.Text, false),
        new("species", "Species (French name)", FieldType.Text, false),
        new("plantingYear", "Planting year", FieldType.WholeNumber, false),
        new("heightM", "Height (m)", FieldType.Number, false),
        new("trunkCircumferenceCm", "Trunk circumference at 1.30 m (cm)", FieldType.WholeNumber, false),
        new("health", "Health", FieldType.Text, false),
        new("risk", "Risk", FieldType.Text, false),
        new("nearTraffic", "Near a path, road or play area", FieldType.Boolean, false),
        new("lastInspectedOn", "Last inspection", FieldType.Date, false),
        new("location", "Street or place", FieldType.Text, false),
        new("site", "Site", FieldType.Text, false),
    ];

    protected override Tree? Read(ImportValues values, Geometry geometry)
    {
        var today = ParisTime.Today(clock);
        var latin = values.Text("latinName", 100);
        var french = values.Text("species", 100);
        if (latin is null && french is null)
        {
            values.Problems.Add(Text["Give the species (Latin or French name)."]);
        }

        var form = new TreeForm
        {
            LatinName = latin ?? SpeciesList.Find(french)?.LatinName ?? french ?? string.Empty,
            FrenchName = french,
            PlantingYear = values.Whole("plantingYear", 1600, today.Year),
            HeightM = values.Number("heightM", 0, 60),
            TrunkCircumferenceCm = values.Whole("trunkCircumferenceCm", 1, 1500),
            Health = values.Choice<TreeHealth>("health") ?? TreeHealth.Good,
            Risk = values.Choice<TreeRisk>("risk") ?? TreeRisk.Low,
            NearTraffic = values.Flag("nearTraffic") ?? false,
            LastInspectedOn = values.Date("lastInspectedOn"),
            Location = values.Text("location", 200),
        };
        if (form.LastInspectedOn > today)
        {
            values.Problems.Add(Text["The inspection date cannot be in the future."]);
        }

        if (values.Problems.Count > 0)
        {
            return null;
        }

        var tree = new Tree { LatinName = string.Empty, FrenchName = string.Empty };
        form.ApplyTo(tree, (Point)geometry);
        return tree;
    }

    protected override void Place(Tree asset, IReadOnlyList<Zone> zones)
    {
        var (zone, site) = ZoneAt(asset.Position, zones);
        asset.ZoneId = zone;
        asset.SiteId ??= site;
    }
}
