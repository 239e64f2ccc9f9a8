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

namespace Cmms.Roads.Signs;

/// <summary>Imports road signs (points): every code is checked against the families of the French regulation.</summary>
internal sealed class SignsImport(
    DbContext db, IDirectory directory, IWriteGate gate, ICurrentUser user, IClock clock, IStringLocalizer<Text> text, IStringLocalizer<CommonText> common)
    : RoadImport<Sign>(db, directory, gate, user, text, common)
{
    public override string Id => SignsLayer.LayerId;

    public override string Title => Text["Road signs"];

    public override GeometryKind? Kind => GeometryKind.Point;

    protected override string Series => References.Signs;

    protected override double MaxSpan => 0;

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("reference", "Reference", FieldType.Text, false),
        new("code", "Sign code", FieldType.Text, true),
        new("caption", "Meaning", FieldType.Text, false),
        new("condition", "Condition", FieldType.Text, false),
        new("installedOn", "Installed on", FieldType.Date, false),
        new("street", "Street", FieldType.Text, false),
        new("site", "Site", FieldType.Text, false),
    ];

    protected override Sign? Read(ImportValues values, Geometry geometry)
    {
        var form = new SignForm
        {
            Code = values.Text("code", 10) ?? string.Empty,
            Caption = values.Text("caption", 200),
            Condition = values.Choice<SignCondition>("condition") ?? SignCondition.Good,
            InstalledOn = values.Date("installedOn"),
            StreetName = values.Text("street", 200),
        };
        values.Problems.AddRange(form.Problems(ParisTime.Today(clock)).Select(p => Text[p.Message].Value));
        if (values.Problems.Count > 0)
        {
            return null;
        }

        var sign = new Sign { Code = string.Empty, Caption = string.Empty };
        form.ApplyTo(sign, (Point)geometry);
        return sign;
    }
}
