using Cmms.Directory.Contracts;
using Cmms.Kernel;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Roads.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.StreetLights;

/// <summary>Imports the public lighting inventory (points): lamp, power, cabinet, mast.</summary>
internal sealed class StreetLightsImport(
    DbContext db, IDirectory directory, IWriteGate gate, ICurrentUser user, IClock clock, IStringLocalizer<Text> text, IStringLocalizer<CommonText> common)
    : RoadImport<StreetLight>(db, directory, gate, user, text, common)
{
    public override string Id => StreetLightsLayer.LayerId;

    public override string Title => Text["Street lights"];

    public override GeometryKind? Kind => GeometryKind.Point;

    protected override string Series => References.Lights;

    protected override double MaxSpan => 0;

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("reference", "Reference", FieldType.Text, false),
        new("lamp", "Lamp type", FieldType.Text, false),
        new("powerW", "Power (W)", FieldType.WholeNumber, false),
        new("cabinet", "Lighting cabinet", FieldType.Text, false),
        new("mastHeightM", "Mast height (m)", FieldType.Number, false),
        new("installedOn", "Installed on", FieldType.Date, false),
        new("street", "Street", FieldType.Text, false),
        new("site", "Site", FieldType.Text, false),
    ];

    protected override StreetLight? Read(ImportValues values, Geometry geometry)
    {
        var form = new LightForm
        {
            Lamp = values.Choice<LampType>("lamp") ?? LampType.Led,
            PowerW = values.Whole("powerW", 5, 1000),
            Cabinet = values.Text("cabinet", 20),
            MastHeightM = values.Number("mastHeightM", 1, 30),
            InstalledOn = values.Date("installedOn"),
            StreetName = values.Text("street", 200),
        };
        if (form.Cabinet is { } cabinet && !cabinet.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            values.Problems.Add(Text["Letters, digits and dashes only."]);
        }

        values.Problems.AddRange(form.Problems(ParisTime.Today(clock)).Select(p => Text[p.Message].Value));
        if (values.Problems.Count > 0)
        {
            return null;
        }

        var light = new StreetLight();
        form.ApplyTo(light, (Point)geometry);
        return light;
    }
}
