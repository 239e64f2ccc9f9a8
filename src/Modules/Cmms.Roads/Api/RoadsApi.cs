using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Registers;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Cmms.Roads.Common;
using Cmms.Roads.Segments;
using Cmms.Roads.Signs;
using Cmms.Roads.StreetLights;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Cmms.Roads.Api;

/// <param name="Geometry">GeoJSON (WGS84 longitude, latitude).</param>
public sealed record SegmentDto(
    Guid Id, string Reference, string StreetName, RoadClass Class, RoadSurface Surface, double LengthM, decimal? WidthM, int? ConditionIndex,
    ConditionBand? ConditionBand, DateOnly? SurveyedOn, Guid? SiteId, DateOnly? RetiredOn, int Version, JsonElement Geometry);

public sealed record SignDto(
    Guid Id, string Reference, string Code, SignFamily Family, string Caption, SignCondition Condition, DateOnly? InstalledOn, string? StreetName,
    Guid? SiteId, DateOnly? RetiredOn, int Version, JsonElement Geometry);

public sealed record StreetLightDto(
    Guid Id, string Reference, string? StreetName, LampType Lamp, int? PowerW, string? Cabinet, decimal? MastHeightM, DateOnly? InstalledOn,
    Guid? SiteId, DateOnly? RetiredOn, int Version, JsonElement Geometry);

/// <summary>A light point another system (the lighting contractor's software) adds to the inventory.</summary>
public sealed record StreetLightBody
{
    [StringLength(200, ErrorMessage = "At most 200 characters.")]
    public string? StreetName { get; init; }

    public LampType Lamp { get; init; } = LampType.Led;

    [Range(5, 1000, ErrorMessage = "A power between 5 and 1000 W.")]
    public int? PowerW { get; init; }

    [StringLength(20, ErrorMessage = "At most 20 characters.")]
    [RegularExpression("^[A-Za-z0-9-]+$", ErrorMessage = "Letters, digits and dashes only.")]
    public string? Cabinet { get; init; }

    [Range(typeof(decimal), "1", "30", ErrorMessage = "A mast height between 1 and 30 m.")]
    public decimal? MastHeightM { get; init; }

    public DateOnly? InstalledOn { get; init; }

    public Guid? SiteId { get; init; }

    /// <summary>A GeoJSON Point: {"type":"Point","coordinates":[longitude, latitude]}.</summary>
    [Required(ErrorMessage = "Give the light point's position as a GeoJSON point.")]
    public JsonElement? Geometry { get; init; }
}

internal static class RoadsApi
{
    public static void MapRoadsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("roads", "Roads");
        const string Paging = "Paged, by reference. bbox=minLon,minLat,maxLon,maxLat (WGS84) keeps what intersects the box; q searches words of the street, code, meaning, cabinet or reference; siteId keeps one site's; includeRetired adds assets taken out of service. A referent sees only their sites' assets.";
        group.MapGet("segments", ListSegments).RequireRoles(RegisterAccess.ApiReaders).Validated<PageRequest>()
            .WithSummary("Road segments").WithDescription(Paging + " Lengths are in metres, computed in Lambert-93; the condition index runs from 0 (ruined) to 100 (new).");
        group.MapGet("segments/{id:guid}", GetSegment).RequireRoles(RegisterAccess.ApiReaders).WithSummary("A road segment");
        group.MapGet("signs", ListSigns).RequireRoles(RegisterAccess.ApiReaders).Validated<PageRequest>()
            .WithSummary("Road signs").WithDescription(Paging);
        group.MapGet("signs/{id:guid}", GetSign).RequireRoles(RegisterAccess.ApiReaders).WithSummary("A road sign");
        group.MapGet("street-lights", ListLights).RequireRoles(RegisterAccess.ApiReaders).Validated<PageRequest>()
            .WithSummary("Street lights").WithDescription(Paging + " cabinet keeps the light points of one lighting cabinet.");
        group.MapGet("street-lights/{id:guid}", GetLight).RequireRoles(RegisterAccess.ApiReaders).WithSummary("A street light");
        group.MapPost("street-lights", CreateLight).RequireRoles(RegisterAccess.ApiWriters).Validated<StreetLightBody>()
            .WithSummary("Add a street light")
            .WithDescription("Numbered PL-nnnnnn. A geometry that is not a valid point is a 400 naming geometry.");
    }

    private static async Task<Results<Ok<Paged<SegmentDto>>, ValidationProblem>> ListSegments(
        [AsParameters] PageRequest paging, string? bbox, string? q, Guid? siteId, bool? includeRetired,
        DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await RegisterApi.ListAsync(db.RoadSegments, db.RoadSearchTerms, await scopes.GetAsync(user, cancellationToken), paging, bbox, RoadSegment.MaxSpan, q, siteId, includeRetired, ToDto, cancellationToken);

    private static async Task<Results<Ok<SegmentDto>, NotFound>> GetSegment(Guid id, DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await RegisterApi.GetAsync(db.RoadSegments, await scopes.GetAsync(user, cancellationToken), id, ToDto, cancellationToken);

    private static async Task<Results<Ok<Paged<SignDto>>, ValidationProblem>> ListSigns(
        [AsParameters] PageRequest paging, string? bbox, string? q, Guid? siteId, bool? includeRetired,
        DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await RegisterApi.ListAsync(db.Signs, db.RoadSearchTerms, await scopes.GetAsync(user, cancellationToken), paging, bbox, 0, q, siteId, includeRetired, ToDto, cancellationToken);

    private static async Task<Results<Ok<SignDto>, NotFound>> GetSign(Guid id, DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await RegisterApi.GetAsync(db.Signs, await scopes.GetAsync(user, cancellationToken), id, ToDto, cancellationToken);

    private static async Task<Results<Ok<Paged<StreetLightDto>>, ValidationProblem>> ListLights(
        [AsParameters] PageRequest paging, string? bbox, string? q, Guid? siteId, bool? includeRetired, string? cabinet,
        DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken)
    {
        var code = cabinet?.Trim().ToUpperInvariant();
        return await RegisterApi.ListAsync(db.StreetLights, db.RoadSearchTerms, await scopes.GetAsync(user, cancellationToken), paging, bbox, 0, q, siteId, includeRetired, ToDto, cancellationToken,
            narrow: lights => string.IsNullOrEmpty(code) ? lights : lights.Where(l => l.Cabinet == code));
    }

    private static async Task<Results<Ok<StreetLightDto>, NotFound>> GetLight(Guid id, DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await RegisterApi.GetAsync(db.StreetLights, await scopes.GetAsync(user, cancellationToken), id, ToDto, cancellationToken);

    private static async Task<Results<Created<StreetLightDto>, ValidationProblem>> CreateLight(
        StreetLightBody body, DbContext db, IDirectory directory, IWriteGate gate, ICurrentUser user, IClock clock, CancellationToken cancellationToken)
    {
        var form = new LightForm
        {
            StreetName = body.StreetName, Lamp = body.Lamp, PowerW = body.PowerW, Cabinet = body.Cabinet, MastHeightM = body.MastHeightM,
            InstalledOn = body.InstalledOn, SiteId = body.SiteId, Sites = await directory.SitesAsync(cancellationToken),
        };
        var errors = form.Problems(ParisTime.Today(clock)).ToDictionary(p => Camel(p.Field), p => new[] { p.Message });
        var (position, problem) = ShapeInput.Read(body.Geometry?.GetRawText(), GeometryKind.Point, 0);
        if (problem is not null)
        {
            errors["geometry"] = [problem.English];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var light = await LightWrites.CreateAsync(db, gate, user.OrganisationId!.Value, form, (Point)position!, cancellationToken);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/roads/street-lights/{light.Id}", ToDto(light));
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static JsonElement Json(Geometry geometry) => JsonSerializer.SerializeToElement(geometry, GeoJson.Options);

    private static SegmentDto ToDto(RoadSegment s) =>
        new(s.Id, s.Reference, s.StreetName, s.Class, s.Surface, s.LengthM, s.WidthM, s.ConditionIndex,
            s.ConditionIndex is { } index ? ConditionScale.Band(index) : null, s.SurveyedOn, s.SiteId, s.RetiredOn, s.Version, Json(s.Line));

    private static SignDto ToDto(Sign s) =>
        new(s.Id, s.Reference, s.Code, s.Family, s.Caption, s.Condition, s.InstalledOn, s.StreetName, s.SiteId, s.RetiredOn, s.Version, Json(s.Position));

    private static StreetLightDto ToDto(StreetLight l) =>
        new(l.Id, l.Reference, l.StreetName, l.Lamp, l.PowerW, l.Cabinet, l.MastHeightM, l.InstalledOn, l.SiteId, l.RetiredOn, l.Version, Json(l.Position));
}
