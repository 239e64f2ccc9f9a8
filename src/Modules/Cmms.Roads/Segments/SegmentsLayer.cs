using System.Linq.Expressions;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Cmms.Roads.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.Segments;

/// <summary>The "road-segments" layer: streets as lines with their length (Lambert-93), surface, width and condition.</summary>
internal sealed class SegmentsLayer(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IDirectory directory, IStringLocalizer<Text> text)
    : RoadLayer<RoadSegment, SegmentLayerRow>(db, scopes, user)
{
    public const string LayerId = "road-segments";

    public override string Id => LayerId;

    public override string Title => text["Road segments"];

    public override string Description => text["Streets between two crossings: length (Lambert-93), road class, surface, width and condition index (0–100)."];

    public override GeometryKind Kind => GeometryKind.Line;

    protected override double MaxSpan => RoadSegment.MaxSpan;

    public override IReadOnlyList<FeatureField> Fields { get; } =
    [
        new("reference", "Reference", FieldType.Text),
        new("label", "Name", FieldType.Text),
        new("kind", "Road class", FieldType.Text),
        new("street", "Street", FieldType.Text),
        new("surface", "Surface", FieldType.Text),
        new("lengthM", "Length (m)", FieldType.Number),
        new("widthM", "Width (m)", FieldType.Number),
        new("conditionIndex", "Condition index (0–100)", FieldType.WholeNumber),
        new("condition", "Condition", FieldType.Text),
        new("surveyedOn", "Surveyed on", FieldType.Date),
        new("site", "Site", FieldType.Text),
    ];

    protected override Expression<Func<RoadSegment, SegmentLayerRow>> Row => s => new SegmentLayerRow(
        s.Id, s.Line, s.Reference, s.StreetName, s.Class, s.Surface, s.LengthM, s.WidthM, s.ConditionIndex, s.SurveyedOn, s.SiteId);

    protected override Expression<Func<RoadSegment, LabelRow>> Labels => s => new LabelRow(s.Id, RoadSegment.LabelOf(s.StreetName, s.Reference), s.Line);

    protected override string PageUrl(Guid id) => RoadsUrls.Segment(id);

    protected override async Task<Func<SegmentLayerRow, Feature>> FeaturesAsync(IReadOnlyCollection<SegmentLayerRow> rows, CancellationToken cancellationToken)
    {
        var sites = (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        return s =>
        {
            var label = RoadSegment.LabelOf(s.StreetName, s.Reference);
            var p = Properties(s.Reference, label, text[$"RoadClass.{s.Class}"]);
            p["street"] = s.StreetName;
            p["surface"] = text[$"RoadSurface.{s.Surface}"].Value;
            p["lengthM"] = s.LengthM;
            p["widthM"] = (double?)s.WidthM;
            p["conditionIndex"] = (long?)s.ConditionIndex;
            p["condition"] = s.ConditionIndex is { } index ? text[$"ConditionBand.{ConditionScale.Band(index)}"].Value : null;
            p["surveyedOn"] = s.SurveyedOn;
            p["site"] = s.SiteId is { } site ? sites.GetValueOrDefault(site) : null;
            return new Feature(s.Id, s.Line, label, PageUrl(s.Id), p);
        };
    }
}

/// <summary>The columns of a road segment its feature shows.</summary>
internal sealed record SegmentLayerRow(
    Guid Id, LineString Line, string Reference, string StreetName, RoadClass Class, RoadSurface Surface, double LengthM, decimal? WidthM,
    int? ConditionIndex, DateOnly? SurveyedOn, Guid? SiteId) : IFeatureRow
{
    public Geometry Shape => Line;
}
