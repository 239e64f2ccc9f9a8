using Cmms.Buildings.Access;
using Cmms.Buildings.Buildings;
using Cmms.Buildings.Equipment;
using Cmms.Buildings.Shapes;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Buildings.Api;

internal static class EquipmentApi
{
    public static void MapEquipmentApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("equipment", "Building equipment");
        group.MapGet("", List).RequireRoles(BuildingRoles.ApiReaders).Validated<PageRequest>()
            .WithSummary("Equipment of the buildings")
            .WithDescription("Paged, by building then kind. q searches the name, brand, model and serial number; kind, category (the statutory code: electrical, fire-alarm, extinguishers, emergency-lighting, lifts, gas, heating-ventilation, playground, none), siteId and buildingId filter; status is InService (default), Retired or All.");
        group.MapGet("{id:guid}", Get).RequireRoles(BuildingRoles.ApiReaders)
            .WithSummary("A piece of equipment, its place and its history");
        group.MapPost("", Create).RequireRoles(BuildingRoles.ApiEditors).JsonBody<EquipmentBody>()
            .WithSummary("Record a piece of equipment")
            .WithDescription("In a building, optionally on one of its levels and in one of its rooms (a room brings its level). Its history starts with its installation.");
        group.MapPost("{id:guid}/move", Move).RequireRoles(BuildingRoles.ApiEditors).JsonBody<MoveBody>()
            .WithSummary("Move a piece of equipment")
            .WithDescription("To another building, level or room, on a day (today by default), for a reason; the move is kept in its history. Retired equipment cannot be moved; moving to where it already is, is a 400. With version, a change made meanwhile is a 409.");
    }

    private static async Task<Results<Ok<Paged<EquipmentDto>>, ValidationProblem>> List(
        [AsParameters] PageRequest paging, string? q, EquipmentKind? kind, string? category, Guid? siteId, Guid? buildingId, string? status,
        BuildingsAccess access, CancellationToken cancellationToken)
    {
        var equipment = await access.EquipmentAsync(cancellationToken);
        if (BuildingsController.SearchTerm(q) is { } term)
        {
            equipment = equipment.Where(e => e.SearchKey.Contains(term));
        }

        if (kind is { } k)
        {
            equipment = equipment.Where(e => e.Kind == k);
        }

        if (!string.IsNullOrWhiteSpace(category))
        {
            if (RegulatoryCategories.FromCode(category) is not { } c)
            {
                return ApiBody.Problem("category", "Unknown regulatory category: use electrical, fire-alarm, extinguishers, emergency-lighting, lifts, gas, heating-ventilation, playground or none.");
            }

            equipment = equipment.Where(e => e.RegulatoryCategory == c);
        }

        if (siteId is { } site)
        {
            equipment = equipment.Where(e => e.SiteId == site);
        }

        if (buildingId is { } building)
        {
            equipment = equipment.Where(e => e.BuildingId == building);
        }

        equipment = status?.ToLowerInvariant() switch
        {
            "all" => equipment,
            "retired" => equipment.Where(e => e.Status == EquipmentStatus.Retired),
            _ => equipment.Where(e => e.Status == EquipmentStatus.InService),
        };
        var rows = await equipment.OrderBy(e => e.BuildingId).ThenBy(e => e.Kind).ThenBy(e => e.Name).ThenBy(e => e.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var total = await equipment.TotalAsync(paging, rows.Count, cancellationToken);
        return TypedResults.Ok(new Paged<EquipmentDto>([.. rows.Select(Dto)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<EquipmentDetailDto>, NotFound>> Get(
        Guid id, Microsoft.EntityFrameworkCore.DbContext db, BuildingsAccess access, Places places, CancellationToken cancellationToken)
    {
        var item = await (await access.EquipmentAsync(cancellationToken)).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return item is null ? TypedResults.NotFound() : TypedResults.Ok(await DetailAsync(item, db, places, cancellationToken));
    }

    private static async Task<Results<Created<EquipmentDetailDto>, ValidationProblem>> Create(
        HttpRequest http, Microsoft.EntityFrameworkCore.DbContext db, BuildingsAccess access, EquipmentWrites writes, Places places, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiBody.ReadAsync<EquipmentBody>(http, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        RegulatoryCategory? category = null;
        if (!string.IsNullOrWhiteSpace(body!.RegulatoryCategory) && (category = RegulatoryCategories.FromCode(body.RegulatoryCategory)) is null)
        {
            return ApiBody.Problem("regulatoryCategory", "Unknown regulatory category: use electrical, fire-alarm, extinguishers, emergency-lighting, lifts, gas, heating-ventilation, playground or none.");
        }

        var input = new EquipmentInput(
            new Place(body.BuildingId!.Value, body.LevelId, body.RoomId), body.Kind!.Value, body.Name, body.Brand, body.Model, body.SerialNumber,
            body.InstalledOn, category, ApiBody.GeoJsonText(body.Position), body.Notes, null);
        var (item, problems) = await writes.CreateAsync(input, await access.ScopeAsync(cancellationToken), cancellationToken);
        if (item is null)
        {
            db.ChangeTracker.Clear();
            return ApiBody.Problems(problems);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/equipment/{item.Id}", await DetailAsync(item, db, places, cancellationToken));
    }

    private static async Task<Results<Ok<EquipmentDetailDto>, NotFound, ValidationProblem>> Move(
        Guid id, HttpRequest http, Microsoft.EntityFrameworkCore.DbContext db, BuildingsAccess access, EquipmentWrites writes, Places places, IClock clock,
        CancellationToken cancellationToken)
    {
        var item = await access.TrackedEquipmentAsync(id, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        var (body, problem) = await ApiBody.ReadAsync<MoveBody>(http, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var input = new MoveInput(new Place(body!.BuildingId!.Value, body.LevelId, body.RoomId), ApiBody.GeoJsonText(body.Position), body.On ?? ParisTime.Today(clock), body.Reason);
        var problems = await writes.MoveAsync(item, input, await access.ScopeAsync(cancellationToken), cancellationToken);
        if (problems.Count > 0)
        {
            return ApiBody.Problems(problems);
        }

        if (body.Version is { } version)
        {
            // A change made since the caller read the equipment is a 409 (the host's handler answers it).
            db.Entry(item).Property(e => e.Version).OriginalValue = version;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await DetailAsync(item, db, places, cancellationToken));
    }

    private static async Task<EquipmentDetailDto> DetailAsync(EquipmentItem item, Microsoft.EntityFrameworkCore.DbContext db, Places places, CancellationToken cancellationToken)
    {
        var events = db.EquipmentEvents;
        var history = await events.AsNoTracking().Where(e => e.EquipmentId == item.Id).OrderBy(e => e.On).ThenBy(e => e.AtUtc)
            .Select(e => new EquipmentEventDto(e.Kind, e.On, e.AtUtc, e.ByName, e.From, e.To, e.Reason, e.Changes))
            .ToListAsync(cancellationToken);
        return new EquipmentDetailDto(Dto(item), await places.NameAsync(item.Place, cancellationToken), history);
    }

    internal static EquipmentDto Dto(EquipmentItem e) => new(
        e.Id, e.Name, e.Kind, e.RegulatoryCategory.Code(), e.SiteId, e.BuildingId, e.LevelId, e.RoomId, e.Brand, e.Model, e.SerialNumber, e.InstalledOn,
        e.Position is { } p ? GeometryInput.ToJson(p) : null, e.Status, e.RetiredOn, e.RetirementReason, e.Version);
}
