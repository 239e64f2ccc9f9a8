using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Cmms.Directory.Contracts;
using Cmms.GreenSpaces.Common;
using Cmms.GreenSpaces.PlayEquipment;
using Cmms.GreenSpaces.Trees;
using Cmms.GreenSpaces.Zones;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Cmms.GreenSpaces.Api;

/// <param name="Geometry">GeoJSON (WGS84 longitude, latitude).</param>
public sealed record ZoneDto(
    Guid Id, string Reference, string Name, ZoneKind Kind, MaintenanceClass MaintenanceClass, double AreaM2, Guid? SiteId, string? Notes,
    DateOnly? RetiredOn, int Version, JsonElement Geometry);

public sealed record TreeDto(
    Guid Id, string Reference, string LatinName, string FrenchName, int? PlantingYear, decimal? HeightM, int? TrunkCircumferenceCm,
    TreeHealth Health, bool NearTraffic, TreeRisk Risk, DateOnly? LastInspectedOn, string? Location, Guid? ZoneId, Guid? SiteId,
    DateOnly? RetiredOn, int Version, JsonElement Geometry);

public sealed record PlayItemDto(
    Guid Id, string Reference, string Name, PlayType Type, string Standard, DateOnly? InstalledOn, string? Manufacturer, int? MinAge, int? MaxAge,
    DateOnly? LastMainInspectionOn, Guid? ZoneId, Guid? SiteId, DateOnly? RetiredOn, int Version, JsonElement Geometry);

/// <summary>A tree another system (a tree survey app) adds to the inventory.</summary>
public sealed record TreeBody
{
    [Required(ErrorMessage = "Give the species' Latin name (or its French name).")]
    [StringLength(100, ErrorMessage = "At most 100 characters.")]
    public string? LatinName { get; init; }

    [StringLength(100, ErrorMessage = "At most 100 characters.")]
    public string? FrenchName { get; init; }

    [Range(1600, 2100, ErrorMessage = "A planting year between 1600 and 2100.")]
    public int? PlantingYear { get; init; }

    [Range(typeof(decimal), "0", "60", ErrorMessage = "A height between 0 and 60 m.")]
    public decimal? HeightM { get; init; }

    [Range(1, 1500, ErrorMessage = "A circumference between 1 and 1500 cm.")]
    public int? TrunkCircumferenceCm { get; init; }

    public TreeHealth Health { get; init; } = TreeHealth.Good;

    public bool NearTraffic { get; init; }

    /// <summary>As assessed; raised to the rule's floor (a poor or dead tree near a path).</summary>
    public TreeRisk Risk { get; init; } = TreeRisk.Low;

    public DateOnly? LastInspectedOn { get; init; }

    [StringLength(200, ErrorMessage = "At most 200 characters.")]
    public string? Location { get; init; }

    public Guid? SiteId { get; init; }

    /// <summary>A GeoJSON Point: {"type":"Point","coordinates":[longitude, latitude]}.</summary>
    [Required(ErrorMessage = "Give the tree's position as a GeoJSON point.")]
    public JsonElement? Geometry { get; init; }
}

internal static class GreenSpacesApi
{
    public static void MapGreenSpacesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("greenspaces", "Green spaces");
        const string Paging = "Paged, by reference. bbox=minLon,minLat,maxLon,maxLat (WGS84) keeps what intersects the box; q searches words of the name, species, street or reference; siteId keeps one site's; includeRetired adds assets taken out of service. A referent sees only their sites' assets.";
        group.MapGet("zones", ListZones).RequireRoles(RegisterAccess.ApiReaders).Validated<PageRequest>()
            .WithSummary("Green zones").WithDescription(Paging + " Areas are in m², computed in Lambert-93.");
        group.MapGet("zones/{id:guid}", GetZone).RequireRoles(RegisterAccess.ApiReaders).WithSummary("A green zone");
        group.MapGet("trees", ListTrees).RequireRoles(RegisterAccess.ApiReaders).Validated<PageRequest>()
            .WithSummary("Trees").WithDescription(Paging);
        group.MapGet("trees/{id:guid}", GetTree).RequireRoles(RegisterAccess.ApiReaders).WithSummary("A tree");
        group.MapPost("trees", CreateTree).RequireRoles(RegisterAccess.ApiWriters).Validated<TreeBody>()
            .WithSummary("Add a tree")
            .WithDescription("Numbered ARB-nnnnnn, placed in the zone under its point (and that zone's site unless siteId is given). The risk given is raised to the rule's floor: a dead tree near a path, a road or a play area is high risk, a poor one there or a dead one elsewhere medium. A geometry that is not a valid point is a 400 naming geometry.");
        group.MapGet("play-equipment", ListPlay).RequireRoles(RegisterAccess.ApiReaders).Validated<PageRequest>()
            .WithSummary("Playground equipment").WithDescription(Paging);
        group.MapGet("play-equipment/{id:guid}", GetPlay).RequireRoles(RegisterAccess.ApiReaders).WithSummary("A piece of playground equipment");
    }

    private static async Task<Results<Ok<Paged<ZoneDto>>, ValidationProblem>> ListZones(
        [AsParameters] PageRequest paging, string? bbox, string? q, Guid? siteId, bool? includeRetired,
        DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await RegisterApi.ListAsync(db.Zones, db.GreenSearchTerms, await scopes.GetAsync(user, cancellationToken), paging, bbox, Zone.MaxSpan, q, siteId, includeRetired, ToDto, cancellationToken);

    private static async Task<Results<Ok<ZoneDto>, NotFound>> GetZone(Guid id, DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await RegisterApi.GetAsync(db.Zones, await scopes.GetAsync(user, cancellationToken), id, ToDto, cancellationToken);

    private static async Task<Results<Ok<Paged<TreeDto>>, ValidationProblem>> ListTrees(
        [AsParameters] PageRequest paging, string? bbox, string? q, Guid? siteId, bool? includeRetired,
        DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await RegisterApi.ListAsync(db.Trees, db.GreenSearchTerms, await scopes.GetAsync(user, cancellationToken), paging, bbox, 0, q, siteId, includeRetired, ToDto, cancellationToken);

    private static async Task<Results<Ok<TreeDto>, NotFound>> GetTree(Guid id, DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await RegisterApi.GetAsync(db.Trees, await scopes.GetAsync(user, cancellationToken), id, ToDto, cancellationToken);

    private static async Task<Results<Created<TreeDto>, ValidationProblem>> CreateTree(
        TreeBody body, DbContext db, IDirectory directory, IWriteGate gate, ICurrentUser user, IClock clock, CancellationToken cancellationToken)
    {
        var form = new TreeForm
        {
            LatinName = body.LatinName!, FrenchName = body.FrenchName, PlantingYear = body.PlantingYear, HeightM = body.HeightM,
            TrunkCircumferenceCm = body.TrunkCircumferenceCm, Health = body.Health, NearTraffic = body.NearTraffic, Risk = body.Risk,
            LastInspectedOn = body.LastInspectedOn, Location = body.Location, SiteId = body.SiteId, Sites = await directory.SitesAsync(cancellationToken),
        };
        var today = ParisTime.Today(clock);
        var errors = form.Problems(today.Year, today).ToDictionary(p => Camel(p.Field), p => new[] { p.Message });
        var (position, problem) = ShapeInput.Read(body.Geometry?.GetRawText(), GeometryKind.Point, 0);
        if (problem is not null)
        {
            errors["geometry"] = [problem.English];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (tree, _) = await TreeWrites.CreateAsync(db, gate, user.OrganisationId!.Value, form, (Point)position!, cancellationToken);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/greenspaces/trees/{tree.Id}", ToDto(tree));
    }

    private static async Task<Results<Ok<Paged<PlayItemDto>>, ValidationProblem>> ListPlay(
        [AsParameters] PageRequest paging, string? bbox, string? q, Guid? siteId, bool? includeRetired,
        DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await RegisterApi.ListAsync(db.PlayItems, db.GreenSearchTerms, await scopes.GetAsync(user, cancellationToken), paging, bbox, 0, q, siteId, includeRetired, ToDto, cancellationToken);

    private static async Task<Results<Ok<PlayItemDto>, NotFound>> GetPlay(Guid id, DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await RegisterApi.GetAsync(db.PlayItems, await scopes.GetAsync(user, cancellationToken), id, ToDto, cancellationToken);

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static JsonElement Json(Geometry geometry) => JsonSerializer.SerializeToElement(geometry, GeoJson.Options);

    private static ZoneDto ToDto(Zone z) =>
        new(z.Id, z.Reference, z.Name, z.Kind, z.MaintenanceClass, z.AreaM2, z.SiteId, z.Notes, z.RetiredOn, z.Version, Json(z.Outline));

    private static TreeDto ToDto(Tree t) =>
        new(t.Id, t.Reference, t.LatinName, t.FrenchName, t.PlantingYear, t.HeightM, t.TrunkCircumferenceCm, t.Health, t.NearTraffic, t.Risk,
            t.LastInspectedOn, t.Location, t.ZoneId, t.SiteId, t.RetiredOn, t.Version, Json(t.Position));

    private static PlayItemDto ToDto(PlayItem p) =>
        new(p.Id, p.Reference, p.Name, p.Type, p.Standard, p.InstalledOn, p.Manufacturer, p.MinAge, p.MaxAge, p.LastMainInspectionOn,
            p.ZoneId, p.SiteId, p.RetiredOn, p.Version, Json(p.Position));
}
