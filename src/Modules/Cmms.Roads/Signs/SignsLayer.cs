using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Security;
using Cmms.Roads.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Roads.Signs;

/// <summary>The "signs" layer: road signs as points, with their code, family and condition.</summary>
internal sealed class SignsLayer(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IDirectory directory, IStringLocalizer<Text> text)
    : RoadLayer<Sign>(db, scopes, user)
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

    protected override async Task<Func<Sign, Feature>> FeaturesAsync(CancellationToken cancellationToken)
    {
        var sites = (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        return s =>
        {
            var p = Properties(s, text[$"SignFamily.{s.Family}"]);
            p["code"] = s.Code;
            p["caption"] = s.Caption;
            p["condition"] = text[$"SignCondition.{s.Condition}"].Value;
            p["installedOn"] = s.InstalledOn;
            p["street"] = s.StreetName;
            p["site"] = s.SiteId is { } site ? sites.GetValueOrDefault(site) : null;
            return new Feature(s.Id, s.Position, s.Label, RoadsUrls.Sign(s.Id), p);
        };
    }
}
