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

namespace Cmms.GreenSpaces.PlayEquipment;

/// <summary>Imports playground equipment (points); the standard defaults to the parts of the equipment's type.</summary>
internal sealed class PlayImport(
    DbContext db, IDirectory directory, IWriteGate gate, ICurrentUser user, IClock clock, IStringLocalizer<Text> text, IStringLocalizer<CommonText> common)
    : GreenImport<PlayItem>(db, directory, gate, user, text, common)
{
    public override string Id => PlayLayer.LayerId;

    public override string Title => Text["Play equipment"];

    public override GeometryKind? Kind => GeometryKind.Point;

    protected override string Series => References.Play;

    protected override double MaxSpan => 0;

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("reference", "Reference", FieldType.Text, false),
        new("label", "Name", FieldType.Text, true),
        new("kind", "Type of equipment", FieldType.Text, false),
        new("standard", "Standard (NF EN 1176 parts)", FieldType.Text, false),
        new("installedOn", "Installed on", FieldType.Date, false),
        new("manufacturer", "Manufacturer", FieldType.Text, false),
        new("minAge", "From age", FieldType.WholeNumber, false),
        new("maxAge", "To age", FieldType.WholeNumber, false),
        new("lastMainInspectionOn", "Last main inspection", FieldType.Date, false),
        new("site", "Site", FieldType.Text, false),
    ];

    protected override PlayItem? Read(ImportValues values, Geometry geometry)
    {
        var form = new PlayForm
        {
            Name = values.Text("label", 200) ?? string.Empty,
            Type = values.Choice<PlayType>("kind") ?? PlayType.Other,
            Standard = values.Text("standard", 100),
            InstalledOn = values.Date("installedOn"),
            Manufacturer = values.Text("manufacturer", 100),
            MinAge = values.Whole("minAge", 0, 18),
            MaxAge = values.Whole("maxAge", 0, 18),
            LastMainInspectionOn = values.Date("lastMainInspectionOn"),
        };
        if (form.Name.Length == 0)
        {
            values.Problems.Add(Text["The name is missing."]);
        }

        values.Problems.AddRange(form.Problems(ParisTime.Today(clock)).Select(p => Text[p.Message].Value));
        if (values.Problems.Count > 0)
        {
            return null;
        }

        var item = new PlayItem { Name = string.Empty, Standard = string.Empty };
        form.ApplyTo(item, (Point)geometry);
        return item;
    }

    protected override void Place(PlayItem asset, IReadOnlyList<Zone> zones)
    {
        var (zone, site) = ZoneAt(asset.Position, zones);
        asset.ZoneId = zone;
        asset.SiteId ??= site;
    }
}
