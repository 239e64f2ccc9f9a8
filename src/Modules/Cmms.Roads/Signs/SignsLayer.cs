using System.Linq.Expressions;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Cmms.Roads.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.Signs;

/// <summary>The "signs" layer: road signs as points, with their code, family and condition.</summary>
internal sealed class SignsLayer(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IDirectory directory, IStringLocalizer<Text> text)
    : RoadLayer<Sign, SignLayerRow>(db, scopes, user)
{
    public const string LayerId = "signs";

    public override string Id => LayerId;

    public override string Title => text["Road signs"];

    public override string Description => text["Road signs by their code in the French regulation (A danger, AB intersection, B prescription, C indication, D direction…), with their condition."];

    public override GeometryKind Kind => GeometryKind.Point;

    protected override double MaxSpan => 0;

    public override IReadOnlyList<FeatureField> Fields { get; } =
    [
        new("reference", "Reference", FieldType.Text),
        new("label", "Name", FieldType.Text),
        new("kind", "Family", FieldType.Text),
        new("code", "Sign code", FieldType.Text),
        new("caption", "Meaning", FieldType.Text),
        new("condition", "Condition", FieldType.Text),
        new("installedOn", "Installed on", FieldType.Date),
        new("street", "Street", FieldType.Text),
        new("site", "Site", FieldType.Text),
    ];

    protected override Expression<Func<Sign, SignLayerRow>> Row => s => new SignLayerRow(
        s.Id, s.Position, s.Reference, s.Family, s.Code, s.Caption, s.Condition, s.InstalledOn, s.StreetName, s.SiteId);

    protected override Expression<Func<Sign, LabelRow>> Labels => s => new LabelRow(s.Id, Sign.LabelOf(s.Code, s.Caption, s.Reference), s.Position);

    protected override string PageUrl(Guid id) => RoadsUrls.Sign(id);

    protected override async Task<Func<SignLayerRow, Feature>> FeaturesAsync(IReadOnlyCollection<SignLayerRow> rows, CancellationToken cancellationToken)
    {
        var sites = (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        return s =>
        {
            var label = Sign.LabelOf(s.Code, s.Caption, s.Reference);
            var p = Properties(s.Reference, label, text[$"SignFamily.{s.Family}"]);
            p["code"] = s.Code;
            p["caption"] = s.Caption;
            p["condition"] = text[$"SignCondition.{s.Condition}"].Value;
            p["installedOn"] = s.InstalledOn;
            p["street"] = s.StreetName;
            p["site"] = s.SiteId is { } site ? sites.GetValueOrDefault(site) : null;
            return new Feature(s.Id, s.Position, label, PageUrl(s.Id), p);
        };
    }
}

/// <summary>The columns of a sign its feature shows.</summary>
internal sealed record SignLayerRow(
    Guid Id, Point Position, string Reference, SignFamily Family, string Code, string Caption, SignCondition Condition, DateOnly? InstalledOn,
    string? StreetName, Guid? SiteId) : IFeatureRow
{
    public Geometry Shape => Position;
}
