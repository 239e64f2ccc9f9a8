using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Contracts;
using Cmms.Fleet.Fuel;
using Cmms.Fleet.Readings;
using Cmms.Fleet.Vehicles;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Fleet.Api;

/// <summary>A meter reading as a telematics box, a driver's app or a workshop tool sends it.</summary>
public sealed record ReadingBody
{
    /// <summary>km, engine_hours or pto_hours; the vehicle's main meter (its odometer, else its engine hours) when omitted.</summary>
    public string? Meter { get; init; }

    [Required(ErrorMessage = "Give the figure the meter shows.")]
    public decimal? Value { get; init; }

    /// <summary>When the meter was read (with its offset); now when omitted.</summary>
    public DateTimeOffset? ReadAt { get; init; }

    /// <summary>The meter was replaced: value is the new meter's start value.</summary>
    public bool Replacement { get; init; }

    /// <summary>With a replacement: what the old meter showed when removed (its last reading when omitted).</summary>
    public decimal? OldMeterFinalValue { get; init; }
}

/// <summary>A fill as a fuel-card system or the depot's pump sends it.</summary>
public sealed record FuelBody
{
    /// <summary>When the fill was made (with its offset); now when omitted.</summary>
    public DateTimeOffset? FilledAt { get; init; }

    [Required(ErrorMessage = "Give the litres.")]
    public decimal? Litres { get; init; }

    /// <summary>Euros per litre, at most 3 decimals.</summary>
    [Required(ErrorMessage = "Give the price per litre.")]
    public decimal? UnitPrice { get; init; }

    /// <summary>The main meter's reading at the fill: required when the vehicle has a meter; it must not be lower than the last reading.</summary>
    public decimal? MeterValue { get; init; }

    /// <summary>The tank was filled up (consumption is measured between full fills); true when omitted.</summary>
    public bool FullTank { get; init; } = true;

    [Required(ErrorMessage = "Say whether the fill was made at a pump or with a card.")]
    public FuelSource? Source { get; init; }

    public string? Pump { get; init; }

    public string? CardNumber { get; init; }

    /// <summary>The calling system's transaction id: the same fill posted twice is a 409 naming the fill already recorded.</summary>
    public string? ExternalReference { get; init; }
}

public sealed record MeterDto(Guid Id, string Kind, string Unit, decimal? LastValue, decimal? LastLifetime, DateTime? LastReadAt);

public sealed record VehicleDto(
    Guid Id, string InternalNumber, string Label, string? Brand, string? Model, VehicleCategory Category, string CategoryLabel, string? Registration, string? Vin,
    Guid ServiceId, Guid SiteId, FuelType Fuel, DateOnly? AcquiredOn, decimal? AcquisitionCost, VehicleStatus Status, string StatusLabel, DateTime StatusSince,
    DateOnly? RetiredOn, IReadOnlyList<MeterDto> Meters);

public sealed record ReadingDto(Guid Id, string Meter, decimal Value, decimal Lifetime, DateTime ReadAt, ReadingSource Source, bool Replacement, decimal? OldMeterFinalValue, string EnteredBy);

public sealed record FuelDto(
    Guid Id, DateTime FilledAt, decimal Litres, decimal UnitPrice, decimal Amount, bool FullTank, FuelSource Source, string? Pump, string? CardNumber,
    decimal? MeterValue, string? ExternalReference, string EnteredBy);

/// <summary>The meter reading a refused reading is compared with.</summary>
public sealed record ReadingRefDto(string Meter, decimal Value, DateTime ReadAt);

internal static class VehiclesApi
{
    private static readonly string[] Users = [Roles.ApiClient, Roles.Administrator, Roles.ServiceManager, Roles.Mechanic, Roles.FieldAgent];

    public static void MapVehiclesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("fleet/vehicles", "Fleet");
        group.MapGet("", List).RequireRoles(Users).Validated<PageRequest>()
            .WithSummary("Vehicles and machines, by fleet number")
            .WithDescription("Paged. Filters: status (Available, InWorkshop, OutOfService), category, serviceId, q (fleet number, registration, label, brand, model or VIN; case and accents ignored), retired=true for the retired ones instead of those in service. Each vehicle comes with its meters and their latest reading.");
        group.MapGet("{id:guid}", Get).RequireRoles(Users)
            .WithSummary("A vehicle and its meters")
            .WithDescription("lastValue is what the meter showed at its latest reading; lastLifetime the use since tracking began, meter replacements bridged.");
        group.MapGet("{id:guid}/readings", Readings).RequireRoles(Users).Validated<PageRequest>()
            .WithSummary("The meter readings of a vehicle, newest first")
            .WithDescription("Every meter's readings (manual, fuel, workshop intake, import, API); meter is km, engine_hours or pto_hours.");
        group.MapPost("{id:guid}/readings", AddReading).RequireRoles(Users)
            .JsonBody<ReadingBody>()
            .WithSummary("Record a meter reading")
            .WithDescription("201 with the reading. Readings must rise: a value lower than the reading before it (or higher than one recorded after it) is a 422 problem whose detail says why in the user's language, with lastReading (the meter's latest reading) and conflictsWith (the reading it is compared with). A meter replacement (replacement: true) is the one way down: value is the new meter's start value. 400 names the field for a negative value, a date to come or an unknown meter.");
        group.MapGet("{id:guid}/fuel", Fuel).RequireRoles(Users).Validated<PageRequest>()
            .WithSummary("The fuel fills of a vehicle, newest first")
            .WithDescription("Amounts in euros, to the cent (litres × unit price).");
        group.MapPost("{id:guid}/fuel", AddFuel).RequireRoles(Users)
            .JsonBody<FuelBody>()
            .WithSummary("Record a fuel fill")
            .WithDescription("For fuel-card systems and depot pumps. 201 with the fill; its meter reading goes through the rising rule (422 as for readings). 400 names the field: litres above 0 and at most 1500 (2 decimals), price above 0 and at most 10 € (3 decimals), pump or cardNumber for the source, meterValue when the vehicle has a meter, a vehicle that takes no fuel. 409 when externalReference was already recorded (existingId names that fill).");
    }

    private static async Task<Ok<Paged<VehicleDto>>> List(
        [AsParameters] PageRequest paging, VehicleStatus? status, VehicleCategory? category, Guid? serviceId, string? q, bool? retired,
        DbContext db, IUserScopeProvider scopes, ICurrentUser user, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var vehicles = await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken);
        vehicles = retired == true ? vehicles.Where(v => v.RetiredOn != null) : vehicles.Where(v => v.RetiredOn == null);
        if (status is { } s)
        {
            vehicles = vehicles.Where(v => v.Status == s);
        }

        if (category is { } c)
        {
            vehicles = vehicles.Where(v => v.Category == c);
        }

        if (serviceId is { } service)
        {
            vehicles = vehicles.Where(v => v.ServiceId == service);
        }

        vehicles = vehicles.Matching(q);
        var rows = await vehicles.AsNoTracking().Include(v => v.Meters).OrderBy(v => v.InternalNumber).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var total = await vehicles.TotalAsync(paging, rows.Count, cancellationToken);
        return TypedResults.Ok(new Paged<VehicleDto>([.. rows.Select(v => Dto(v, text))], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<VehicleDto>, NotFound>> Get(
        Guid id, DbContext db, IUserScopeProvider scopes, ICurrentUser user, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var vehicle = await (await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken)).AsNoTracking().Include(v => v.Meters)
            .FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        return vehicle is null ? TypedResults.NotFound() : TypedResults.Ok(Dto(vehicle, text));
    }

    private static async Task<Results<Ok<Paged<ReadingDto>>, NotFound>> Readings(
        Guid id, [AsParameters] PageRequest paging, DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (await VisibleMetersAsync(db, scopes, user, id, cancellationToken) is not { } meters)
        {
            return TypedResults.NotFound();
        }

        var readings = db.MeterReadings.AsNoTracking().Where(r => r.VehicleId == id);
        var rows = await readings.OrderByDescending(r => r.ReadAtUtc).ThenByDescending(r => r.Lifetime).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var total = await readings.TotalAsync(paging, rows.Count, cancellationToken);
        return TypedResults.Ok(new Paged<ReadingDto>([.. rows.Select(r => Dto(r, meters))], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Created<ReadingDto>, ValidationProblem, ProblemHttpResult, NotFound>> AddReading(
        Guid id, HttpRequest http, DbContext db, ReadingBook book, IUserScopeProvider scopes, ICurrentUser user, IClock clock, CancellationToken cancellationToken)
    {
        if (await VisibleMetersAsync(db, scopes, user, id, cancellationToken) is not { } meters)
        {
            return TypedResults.NotFound();
        }

        var (body, problem) = await ApiBody.ReadAsync<ReadingBody>(http, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        MeterKind? kind = null;
        if (!string.IsNullOrWhiteSpace(body!.Meter))
        {
            kind = Units.Parse(body.Meter);
            if (kind is null || !meters.ContainsKey(kind.Value))
            {
                return ApiBody.Problem("meter", "This vehicle has no such meter (km, engine_hours or pto_hours).");
            }
        }

        var outcome = await book.RecordAsync(
            new ReadingInput(id, kind, body.Value!.Value, body.ReadAt?.UtcDateTime ?? clock.UtcNow, ReadingSource.Api, body.Replacement, body.Replacement ? body.OldMeterFinalValue : null),
            cancellationToken);
        if (!outcome.Recorded)
        {
            return Refusal<ReadingDto>(outcome.Rule, outcome.Meter, outcome.Refusal!, "value");
        }

        var dto = Dto(outcome.Reading!, meters);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/fleet/vehicles/{id}/readings", dto);
    }

    private static async Task<Results<Ok<Paged<FuelDto>>, NotFound>> Fuel(
        Guid id, [AsParameters] PageRequest paging, DbContext db, IUserScopeProvider scopes, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (await VisibleMetersAsync(db, scopes, user, id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var fills = db.FuelEntries.AsNoTracking().Where(f => f.VehicleId == id);
        var rows = await fills.OrderByDescending(f => f.FilledAtUtc).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var total = await fills.TotalAsync(paging, rows.Count, cancellationToken);
        return TypedResults.Ok(new Paged<FuelDto>([.. rows.Select(Dto)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Created<FuelDto>, ValidationProblem, ProblemHttpResult, NotFound>> AddFuel(
        Guid id, HttpRequest http, DbContext db, FuelBook book, IUserScopeProvider scopes, ICurrentUser user, IClock clock, CancellationToken cancellationToken)
    {
        if (await VisibleMetersAsync(db, scopes, user, id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var (body, problem) = await ApiBody.ReadAsync<FuelBody>(http, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!Enum.IsDefined(body!.Source!.Value))
        {
            return ApiBody.Problem("source", "Pump or Card.");
        }

        var outcome = await book.RecordAsync(
            new FuelInput(id, body.FilledAt?.UtcDateTime ?? clock.UtcNow, body.Litres!.Value, body.UnitPrice!.Value, body.FullTank, body.Source.Value,
                body.Pump, body.CardNumber, body.MeterValue, body.ExternalReference, ReadingSource.Api),
            cancellationToken);
        if (outcome.Duplicate is { } existing)
        {
            return TypedResults.Problem(
                title: "This fill has already been recorded.", detail: outcome.Errors.Values.First(), statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["existingId"] = existing });
        }

        if (outcome.Entry is null)
        {
            if (outcome.Rule is { } rule && outcome.Errors.TryGetValue(nameof(FuelInput.MeterValue), out var message))
            {
                return Refusal<FuelDto>(rule, outcome.Meter, message, "meterValue");
            }

            return ApiBody.Problems(outcome.Errors.Select(e => KeyValuePair.Create(e.Key switch
            {
                nameof(FuelInput.FilledAtUtc) => "filledAt",
                nameof(FuelInput.VehicleId) => "id",
                _ => e.Key,
            }, e.Value)));
        }

        return TypedResults.Created($"{ApiEndpoints.Prefix}/fleet/vehicles/{id}/fuel", Dto(outcome.Entry));
    }

    /// <summary>
    /// A reading the rising rule refuses is a 422 with the meter's latest reading and the one it conflicts with;
    /// a value that can never be right (negative, a date to come) or a refusal of another kind, a 400 on the field.
    /// </summary>
    private static Results<Created<T>, ValidationProblem, ProblemHttpResult, NotFound> Refusal<T>(MeterRefusal? rule, Meter? meter, string message, string field)
    {
        if (rule is null || meter is null || rule.Kind is MeterRefusalKind.Negative or MeterRefusalKind.InFuture)
        {
            return ApiBody.Problem(rule?.Kind == MeterRefusalKind.InFuture ? (field == "value" ? "readAt" : "filledAt") : field, message);
        }

        var code = Units.Code(meter.Kind);
        var extensions = new Dictionary<string, object?>
        {
            ["reason"] = ApiBody.Camel(rule.Kind.ToString()),
            ["lastReading"] = meter.LastReadAtUtc is { } at ? new ReadingRefDto(code, meter.LastValue!.Value, at) : null,
            ["conflictsWith"] = rule.Against is { } against ? new ReadingRefDto(code, against.Value, against.ReadAtUtc) : null,
        };
        return TypedResults.Problem(title: "The reading is refused by the rising rule.", detail: message, statusCode: StatusCodes.Status422UnprocessableEntity, extensions: extensions);
    }

    /// <summary>The vehicle's meters by kind, or null when the caller may not see the vehicle.</summary>
    private static async Task<Dictionary<MeterKind, Meter>?> VisibleMetersAsync(DbContext db, IUserScopeProvider scopes, ICurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var vehicle = await (await VehicleQueries.ScopedAsync(db, scopes, user, cancellationToken)).AsNoTracking().Include(v => v.Meters)
            .FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        return vehicle?.Meters.ToDictionary(m => m.Kind);
    }

    private static VehicleDto Dto(Vehicle v, IStringLocalizer<Text> text) => new(
        v.Id, v.InternalNumber, v.Label, v.Brand, v.Model, v.Category, text["VehicleCategory." + v.Category], v.Registration, v.Vin, v.ServiceId, v.SiteId,
        v.Fuel, v.AcquiredOn, v.AcquisitionCost, v.Status, text["VehicleStatus." + v.Status], v.StatusSinceUtc, v.RetiredOn,
        [.. v.Meters.OrderBy(m => m.Kind).Select(m => new MeterDto(m.Id, Units.Code(m.Kind), m.Unit, m.LastValue, m.LastLifetime, m.LastReadAtUtc))]);

    private static ReadingDto Dto(MeterReading r, Dictionary<MeterKind, Meter> meters) => new(
        r.Id, meters.Values.FirstOrDefault(m => m.Id == r.MeterId) is { } m ? Units.Code(m.Kind) : "?", r.Value, r.Lifetime, r.ReadAtUtc, r.Source, r.IsReplacement,
        r.OldMeterFinalValue, r.EnteredBy);

    private static FuelDto Dto(FuelEntry f) => new(
        f.Id, f.FilledAtUtc, f.Litres, f.UnitPrice, f.Amount, f.FullTank, f.Source, f.Pump, f.CardNumber, f.MeterValue, f.ExternalReference, f.EnteredBy);
}
