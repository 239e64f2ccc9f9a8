using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.Kernel;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.Zones;

/// <summary>Imports green zones (polygons) from an inventory: each zone's area is computed in Lambert-93, as on the form.</summary>
internal sealed class ZonesImport(DbContext db, IDirectory directory, IWriteGate gate, ICurrentUser user, IStringLocalizer<Text> text, IStringLocalizer<CommonText> common)
    : GreenImport<Zone>(db, directory, gate, user, text, common)
{
    public override string Id => ZonesLayer.LayerId;

    public override string Title => Text["Green zones"];

    public override GeometryKind? Kind => GeometryKind.Polygon;

    protected override string Series => References.Zones;

    protected override double MaxSpan => Zone.MaxSpan;

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("reference", "Reference", FieldType.Text, false),
        new("label", "Name", FieldType.Text, true),
        new("kind", "Kind of zone", FieldType.Text, true),
        new("maintenanceClass", "Maintenance class", FieldType.Text, false),
        new("site", "Site", FieldType.Text, false),
        new("notes", "Notes", FieldType.Text, false),
    ];

    protected override Zone? Read(ImportValues values, Geometry geometry)
    {
        var name = values.Text("label", 200);
        if (name is null)
        {
            values.Problems.Add(Text["The name is missing."]);
        }

        var kind = values.Choice<ZoneKind>("kind");
        if (kind is null && values.Problems.Count == 0)
        {
            values.Problems.Add(Text["The kind of zone is missing."]);
        }

        var maintenance = values.Choice<MaintenanceClass>("maintenanceClass") ?? MaintenanceClass.Tended;
        var notes = values.Text("notes", 2000);
        if (values.Problems.Count > 0)
        {
            return null;
        }

        var zone = new Zone { Name = name!, Kind = kind!.Value, MaintenanceClass = maintenance, Notes = notes };
        zone.Draw(geometry);
        return zone;
    }
}
