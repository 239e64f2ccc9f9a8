using Cmms.Buildings.Access;
using Cmms.Buildings.Buildings;
using Cmms.Buildings.Shapes;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Buildings.Api;

internal static class BuildingsApi
{
    public static void MapBuildingsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("buildings", "Buildings");
        group.MapGet("", List).RequireRoles(BuildingRoles.ApiReaders).Validated<PageRequest>()
            .WithSummary("Buildings, by name")
            .WithDescription("Paged. q searches the code, name and address (accents and case ignored); siteId keeps one site; erp is any (ERP only), none, or a category 1 to 5. A referent sees their sites' buildings.");
        group.MapGet("{id:guid}", Get).RequireRoles(BuildingRoles.ApiReaders)
            .WithSummary("A building, its levels and rooms, and its site's referents");
        group.MapPost("", Create).RequireRoles(BuildingRoles.ApiEditors).JsonBody<BuildingBody>()
            .WithSummary("Create a building")
            .WithDescription("geometry is GeoJSON in WGS84: a Polygon or MultiPolygon footprint (its surface is then measured in Lambert-93) or a Point; without one the building is placed at its site's position. An invalid geometry (crossing itself, out of range, of the wrong kind) is a 400 naming the reason. ERP type and category go together.");
    }

    private static async Task<Ok<Paged<BuildingDto>>> List(
        [AsParameters] PageRequest paging, string? q, Guid? siteId, string? erp, BuildingsAccess access, CancellationToken cancellationToken)
    {
        var buildings = await access.BuildingsAsync(cancellationToken);
        if (BuildingsController.SearchTerm(q) is { } term)
        {
            buildings = buildings.Where(b => b.SearchKey.Contains(term));
        }

        if (siteId is { } site)
        {
            buildings = buildings.Where(b => b.SiteId == site);
        }

        buildings = erp switch
        {
            "any" => buildings.Where(b => b.ErpCategory != null),
            "none" => buildings.Where(b => b.ErpCategory == null),
            { Length: 1 } when int.TryParse(erp, out var category) => buildings.Where(b => b.ErpCategory == category),
            _ => buildings,
        };

        var rows = await buildings.OrderBy(b => b.Name).ThenBy(b => b.Code).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var total = await buildings.TotalAsync(paging, rows.Count, cancellationToken);
        return TypedResults.Ok(new Paged<BuildingDto>([.. rows.Select(Dto)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<BuildingDetailDto>, NotFound>> Get(
        Guid id, BuildingsAccess access, Places places, ISiteReferents referents, CancellationToken cancellationToken)
    {
        var building = await (await access.BuildingsAsync(cancellationToken)).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (building is null)
        {
            return TypedResults.NotFound();
        }

        var levels = (await places.TreeAsync(id, cancellationToken))
            .Select(l => new LevelDto(l.Id, l.Name, l.Elevation, [.. l.Rooms.Select(r => new RoomDto(r.Id, r.Number, r.Name, r.Area, r.Use))]))
            .ToList();
        var names = (await referents.AllAsync(cancellationToken)).Where(r => r.SiteId == building.SiteId).Select(r => r.DisplayName).Order().ToList();
        return TypedResults.Ok(new BuildingDetailDto(Dto(building), levels, names));
    }

    private static async Task<Results<Created<BuildingDto>, ValidationProblem>> Create(
        HttpRequest http, Microsoft.EntityFrameworkCore.DbContext db, BuildingsAccess access, IDirectory directory, IClock clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiBody.ReadAsync<BuildingBody>(http, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var code = body!.Code?.Trim().ToUpperInvariant() ?? string.Empty;
        var buildings = db.Buildings;
        var taken = await buildings.AsNoTracking().Where(b => b.Code == code).Select(b => b.Code).ToListAsync(cancellationToken);
        var checker = new BuildingChecker(await directory.SitesAsync(cancellationToken), await access.ScopeAsync(cancellationToken), taken.ToHashSet(), ParisTime.Today(clock).Year);
        var (values, problems) = checker.Check(new BuildingInput(
            body.SiteId, body.Code, body.Name, body.Address, ApiBody.GeoJsonText(body.Geometry), body.SurfaceM2, body.YearBuilt,
            body.ErpCategory, body.ErpType, body.ErpCapacity));
        if (values is null)
        {
            return ApiBody.Problems(problems);
        }

        var building = new Building { Code = values.Code, Name = values.Name };
        values.ApplyTo(building);
        buildings.Add(building);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/buildings/{building.Id}", Dto(building));
    }

    internal static BuildingDto Dto(Building b) => new(
        b.Id, b.Code, b.Name, b.SiteId, b.Address, GeometryInput.ToJson(b.Geometry), b.SurfaceSquareMetres, b.HasFootprint, b.YearBuilt,
        b.ErpType?.ToString(), b.ErpCategory, b.ErpCapacity, b.Version);
}
