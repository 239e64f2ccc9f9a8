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

namespace Cmms.Roads.Segments;

/// <summary>Imports road segments (lines) from a road survey: each length is computed in Lambert-93, as on the form.</summary>
internal sealed class SegmentsImport(
    DbContext db, IDirectory directory, IWriteGate gate, ICurrentUser user, IClock clock, IStringLocalizer<Text> text, IStringLocalizer<CommonText> common)
    : RoadImport<RoadSegment>(db, directory, gate, user, text, common)
{
    public override string Id => SegmentsLayer.LayerId;

    public override string Title => Text["Road segments"];

    public override GeometryKind? Kind => GeometryKind.Line;

    protected override string Series => References.Segments;

    protected override double MaxSpan => RoadSegment.MaxSpan;

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        new("reference", "Reference", FieldType.Text, false),
        new("street", "Street", FieldType.Text, true),
        new("kind", "Road class", FieldType.Text, false),
        new("surface", "Surface", FieldType.Text, false),
        new("widthM", "Width (m)", FieldType.Number, false),
        new("conditionIndex", "Condition index (0–100)", FieldType.WholeNumber, false),
        new("surveyedOn", "Surveyed on", FieldType.Date, false),
        new("site", "Site", FieldType.Text, false),
    ];

    protected override RoadSegment? Read(ImportValues values, Geometry geometry)
    {
        var form = new SegmentForm
        {
            StreetName = values.Text("street", 200) ?? string.Empty,
            Class = values.Choice<RoadClass>("kind") ?? RoadClass.MunicipalRoad,
            Surface = values.Choice<RoadSurface>("surface") ?? RoadSurface.Asphalt,
            WidthM = values.Number("widthM", 1, 60),
            ConditionIndex = values.Whole("conditionIndex", ConditionScale.Min, ConditionScale.Max),
            SurveyedOn = values.Date("surveyedOn"),
        };
        if (form.StreetName.Length == 0)
        {
            values.Problems.Add(Text["The street is missing."]);
        }

        values.Problems.AddRange(form.Problems(ParisTime.Today(clock)).Select(p => Text[p.Message].Value));
        var (line, notOne) = SegmentForm.OneLine(geometry);
        if (notOne is not null)
        {
            values.Problems.Add(Text[notOne]);
        }

        if (values.Problems.Count > 0)
        {
            return null;
        }

        var segment = new RoadSegment { StreetName = string.Empty };
        form.ApplyTo(segment, line!);
        return segment;
    }
}
