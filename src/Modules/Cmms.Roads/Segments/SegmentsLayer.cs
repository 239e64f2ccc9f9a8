using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Cmms.Roads.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Roads.Segments;

/// <summary>The "road-segments" layer: streets as lines with their length (Lambert-93), surface, width and condition.</summary>
internal sealed class SegmentsLayer(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IDirectory directory, IStringLocalizer<Text> text)
    : RoadLayer<RoadSegment>(db, scopes, user)
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

    protected override async Task<Func<RoadSegment, Feature>> FeaturesAsync(CancellationToken cancellationToken)
    {
        var sites = (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        return s =>
        {
            var p = Properties(s, text[$"RoadClass.{s.Class}"]);
            p["street"] = s.StreetName;
            p["surface"] = text[$"RoadSurface.{s.Surface}"].Value;
            p["lengthM"] = s.LengthM;
            p["widthM"] = (double?)s.WidthM;
            p["conditionIndex"] = (long?)s.ConditionIndex;
            p["condition"] = s.ConditionIndex is { } index ? text[$"ConditionBand.{ConditionScale.Band(index)}"].Value : null;
            p["surveyedOn"] = s.SurveyedOn;
            p["site"] = s.SiteId is { } site ? sites.GetValueOrDefault(site) : null;
            return new Feature(s.Id, s.Line, s.Label, RoadsUrls.Segment(s.Id), p);
        };
    }
}
