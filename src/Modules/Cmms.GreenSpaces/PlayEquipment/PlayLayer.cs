using System.Linq.Expressions;
using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.PlayEquipment;

/// <summary>The "play-equipment" layer: swings, slides and other items as points, with their standard and age.</summary>
internal sealed class PlayLayer(DbContext db, IUserScopeProvider scopes, ICurrentUser user, IDirectory directory, IStringLocalizer<Text> text)
    : GreenLayer<PlayItem, PlayLayerRow>(db, scopes, user)
{
    public const string LayerId = "play-equipment";

    public override string Id => LayerId;

    public override string Title => text["Play equipment"];

    public override string Description => text["Playground equipment of parks and schools, with its NF EN 1176 standard, installation date and age group."];

    public override GeometryKind Kind => GeometryKind.Point;

    protected override double MaxSpan => 0;

    public override IReadOnlyList<FeatureField> Fields { get; } =
    [
        new("reference", "Reference", FieldType.Text),
        new("label", "Name", FieldType.Text),
        new("kind", "Type of equipment", FieldType.Text),
        new("standard", "Standard (NF EN 1176 parts)", FieldType.Text),
        new("installedOn", "Installed on", FieldType.Date),
        new("manufacturer", "Manufacturer", FieldType.Text),
        new("minAge", "From age", FieldType.WholeNumber),
        new("maxAge", "To age", FieldType.WholeNumber),
        new("lastMainInspectionOn", "Last main inspection", FieldType.Date),
        new("site", "Site", FieldType.Text),
    ];

    protected override Expression<Func<PlayItem, PlayLayerRow>> Row => i => new PlayLayerRow(
        i.Id, i.Position, i.Reference, i.Name, i.Type, i.Standard, i.InstalledOn, i.Manufacturer, i.MinAge, i.MaxAge, i.LastMainInspectionOn, i.SiteId);

    protected override Expression<Func<PlayItem, LabelRow>> Labels => i => new LabelRow(i.Id, PlayItem.LabelOf(i.Name, i.Reference), i.Position);

    protected override string PageUrl(Guid id) => GreenSpacesUrls.PlayItem(id);

    protected override async Task<Func<PlayLayerRow, Feature>> FeaturesAsync(IReadOnlyCollection<PlayLayerRow> rows, CancellationToken cancellationToken)
    {
        var sites = (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        return item =>
        {
            var label = PlayItem.LabelOf(item.Name, item.Reference);
            var p = Properties(item.Reference, label, text[$"PlayType.{item.Type}"]);
            p["label"] = item.Name;
            p["standard"] = item.Standard;
            p["installedOn"] = item.InstalledOn;
            p["manufacturer"] = item.Manufacturer;
            p["minAge"] = (long?)item.MinAge;
            p["maxAge"] = (long?)item.MaxAge;
            p["lastMainInspectionOn"] = item.LastMainInspectionOn;
            p["site"] = item.SiteId is { } s ? sites.GetValueOrDefault(s) : null;
            return new Feature(item.Id, item.Position, label, PageUrl(item.Id), p);
        };
    }
}

/// <summary>The columns of a piece of play equipment its feature shows.</summary>
internal sealed record PlayLayerRow(
    Guid Id, Point Position, string Reference, string Name, PlayType Type, string Standard, DateOnly? InstalledOn, string? Manufacturer,
    int? MinAge, int? MaxAge, DateOnly? LastMainInspectionOn, Guid? SiteId) : IFeatureRow
{
    public Geometry Shape => Position;
}
