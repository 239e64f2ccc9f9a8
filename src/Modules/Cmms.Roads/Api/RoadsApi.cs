using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
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
        group.MapGet("segments", ListSegments).RequireRoles(Access.ApiReaders).Validated<PageRequest>()
            .WithSummary("Road segments").WithDescription(Paging + " Lengths are in metres, computed in Lambert-93; the condition index runs from 0 (ruined) to 100 (new).");
        group.MapGet("segments/{id:guid}", GetSegment).RequireRoles(Access.ApiReaders).WithSummary("A road segment");
        group.MapGet("signs", ListSigns).RequireRoles(Access.ApiReaders).Validated<PageRequest>()
            .WithSummary("Road signs").WithDescription(Paging);
        group.MapGet("signs/{id:guid}", GetSign).RequireRoles(Access.ApiReaders).WithSummary("A road sign");
        group.MapGet("street-lights", ListLights).RequireRoles(Access.ApiReaders).Validated<PageRequest>()
            .WithSummary("Street lights").WithDescription(Paging + " cabinet keeps the light points of one lighting cabinet.");
        group.MapGet("street-lights/{id:guid}", GetLight).RequireRoles(Access.ApiReaders).WithSummary("A street light");
        group.MapPost("street-lights", CreateLight).RequireRoles(Access.ApiWriters).Validated<StreetLightBody>()
            .WithSummary("Add a street light")
            .WithDescription("Numbered PL-nnnnnn. A geometry that is not a valid point is a 400 naming geometry.");
    }

    private static async Task<Results<Ok<Paged<SegmentDto>>, ValidationProblem>> ListSegments(
        [AsParameters] PageRequest paging, string? bbox, string? q, Guid? siteId, bool? includeRetired,
        DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (await ListAsync(db.RoadSegments, bbox, RoadSegment.MaxSpan, q, siteId, includeRetired, db, scopes, user, cancellationToken) is not ({ } segments, var words))
        {
            return BadBox();
        }

        if (GeoBox.TryParse(bbox, out var box))
        {
            // Lines whose bounds meet the box are tested exactly, then paged: a window holds a few hundred segments.
            var hits = (await segments.Matching(db, words).ToListAsync(cancellationToken)).OrderBy(s => s.Reference, StringComparer.Ordinal).Where(s => RoadLayer<RoadSegment>.Meets(s.Line, box)).ToList();
            return TypedResults.Ok(new Paged<SegmentDto>([.. hits.Skip(paging.Skip).Take(paging.PageSize).Select(ToDto)], paging.Page, paging.PageSize, hits.Count));
        }

        var (total, page) = await SearchIndex.ListAsync(segments, db, words, s => s.Reference, paging.Skip, paging.PageSize, cancellationToken);
        return TypedResults.Ok(new Paged<SegmentDto>([.. page.Select(ToDto)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<SegmentDto>, NotFound>> GetSegment(Guid id, DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await db.RoadSegments.AsNoTracking().VisibleTo(await scopes.GetAsync(user, cancellationToken)).FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } segment
            ? TypedResults.Ok(ToDto(segment))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<Paged<SignDto>>, ValidationProblem>> ListSigns(
        [AsParameters] PageRequest paging, string? bbox, string? q, Guid? siteId, bool? includeRetired,
        DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (await ListAsync(db.Signs, bbox, 0, q, siteId, includeRetired, db, scopes, user, cancellationToken) is not ({ } signs, var words))
        {
            return BadBox();
        }

        var (total, page) = await SearchIndex.ListAsync(signs, db, words, s => s.Reference, paging.Skip, paging.PageSize, cancellationToken);
        return TypedResults.Ok(new Paged<SignDto>([.. page.Select(ToDto)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<SignDto>, NotFound>> GetSign(Guid id, DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await db.Signs.AsNoTracking().VisibleTo(await scopes.GetAsync(user, cancellationToken)).FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } sign
            ? TypedResults.Ok(ToDto(sign))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<Paged<StreetLightDto>>, ValidationProblem>> ListLights(
        [AsParameters] PageRequest paging, string? bbox, string? q, Guid? siteId, bool? includeRetired, string? cabinet,
        DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (await ListAsync(db.StreetLights, bbox, 0, q, siteId, includeRetired, db, scopes, user, cancellationToken) is not ({ } lights, var words))
        {
            return BadBox();
        }

        if (!string.IsNullOrWhiteSpace(cabinet))
        {
            var code = cabinet.Trim().ToUpperInvariant();
            lights = lights.Where(l => l.Cabinet == code);
        }

        var (total, page) = await SearchIndex.ListAsync(lights, db, words, l => l.Reference, paging.Skip, paging.PageSize, cancellationToken);
        return TypedResults.Ok(new Paged<StreetLightDto>([.. page.Select(ToDto)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<StreetLightDto>, NotFound>> GetLight(Guid id, DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken) =>
        await db.StreetLights.AsNoTracking().VisibleTo(await scopes.GetAsync(user, cancellationToken)).FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is { } light
            ? TypedResults.Ok(ToDto(light))
            : TypedResults.NotFound();

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

    /// <summary>The assets the caller may see, filtered but for the text, and the text's words; null when the bbox cannot be read.</summary>
    private static async Task<(IQueryable<T> Assets, IReadOnlyList<string> Words)?> ListAsync<T>(
        IQueryable<T> set, string? bbox, double maxSpan, string? q, Guid? siteId, bool? includeRetired, DbContext db, IUserScopeProvider scopes, ICurrentUser user,
        CancellationToken cancellationToken)
        where T : RoadAsset
    {
        var assets = set.AsNoTracking().VisibleTo(await scopes.GetAsync(user, cancellationToken));
        if (includeRetired != true)
        {
            assets = assets.InService();
        }

        if (!string.IsNullOrWhiteSpace(bbox))
        {
            if (!GeoBox.TryParse(bbox, out var box))
            {
                return null;
            }

            assets = assets.InWindow(box, maxSpan);
        }

        if (siteId is { } site)
        {
            assets = assets.Where(a => a.SiteId == site);
        }

        var words = Kernel.Assets.SearchText.QueryWords(q);
        return (!string.IsNullOrWhiteSpace(q) && words.Count == 0 ? assets.Where(a => false) : assets, words);
    }

    private static ValidationProblem BadBox() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["bbox"] = ["Expected minLon,minLat,maxLon,maxLat in WGS84 degrees, west before east and south before north."] });

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
