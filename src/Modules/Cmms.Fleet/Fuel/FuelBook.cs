using Cmms.Fleet.Readings;
using Cmms.Fleet.Vehicles;
using Cmms.Kernel.Data;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Fleet.Fuel;

/// <summary>A fill to record, as the fuel form and the fuel-card systems give it.</summary>
public sealed record FuelInput(
    Guid VehicleId, DateTime FilledAtUtc, decimal Litres, decimal UnitPrice, bool FullTank, FuelSource Source,
    string? Pump, string? CardNumber, decimal? MeterValue, string? ExternalReference, ReadingSource ReadingSource = ReadingSource.Fuel);

/// <summary>
/// The fill recorded, or why not: errors by field (<c>MeterValue</c> with <see cref="Rule"/> when the reading
/// broke the rising rule), or the fill already recorded under the same external reference.
/// </summary>
public sealed record FuelOutcome(FuelEntry? Entry, IReadOnlyDictionary<string, string> Errors, MeterRefusal? Rule = null, Meter? Meter = null, Guid? Duplicate = null);

/// <summary>Records fuel fills with their meter reading, in one transaction: the fill is kept only if its reading is.</summary>
internal sealed class FuelBook(DbContext db, ReadingBook readings, IWriteGate gate, IClock clock, ICurrentUser user, IStringLocalizer<Text> text)
{
    public const decimal MaxLitres = 1500m;
    public const decimal MaxUnitPrice = 10m;

    public async Task<FuelOutcome> RecordAsync(FuelInput input, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var vehicles = db.Vehicles;
        var vehicle = await vehicles.AsNoTracking().Include(v => v.Meters).FirstOrDefaultAsync(v => v.Id == input.VehicleId, cancellationToken);
        if (vehicle is null)
        {
            return Failed(nameof(FuelInput.VehicleId), text["This vehicle does not exist."]);
        }

        var reference = string.IsNullOrWhiteSpace(input.ExternalReference) ? null : input.ExternalReference.Trim();
        if (reference is not null)
        {
            var entries = db.FuelEntries;
            if (await entries.AsNoTracking().Where(f => f.ExternalReference == reference).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
            {
                return new FuelOutcome(null, new Dictionary<string, string> { [nameof(FuelInput.ExternalReference)] = text["This fill has already been recorded."] }, Duplicate: existing);
            }
        }

        var errors = Check(input, vehicle);
        var main = Units.Main(vehicle.Meters);
        if (main is not null && input.MeterValue is null)
        {
            errors.TryAdd(nameof(FuelInput.MeterValue), text["Give the meter reading at the fill ({0}).", main.Unit]);
        }

        if (errors.Count > 0)
        {
            return new FuelOutcome(null, errors);
        }

        var entry = new FuelEntry
        {
            OrganisationId = vehicle.OrganisationId, VehicleId = vehicle.Id, FilledAtUtc = DateTime.SpecifyKind(input.FilledAtUtc, DateTimeKind.Utc),
            Litres = input.Litres, UnitPrice = input.UnitPrice, Amount = FuelEntry.AmountOf(input.Litres, input.UnitPrice), FullTank = input.FullTank,
            Source = input.Source, Pump = input.Source == FuelSource.Pump ? input.Pump?.Trim() : null,
            CardNumber = input.Source == FuelSource.Card ? input.CardNumber?.Trim() : null, ExternalReference = reference,
            EnteredBy = user.IsAuthenticated ? user.DisplayName : "système", EnteredAtUtc = clock.UtcNow,
        };
        if (main is not null)
        {
            var outcome = await readings.AddAsync(new ReadingInput(vehicle.Id, main.Kind, input.MeterValue!.Value, entry.FilledAtUtc, input.ReadingSource), cancellationToken);
            if (!outcome.Recorded)
            {
                return new FuelOutcome(null, new Dictionary<string, string> { [nameof(FuelInput.MeterValue)] = outcome.Refusal! }, outcome.Rule, outcome.Meter);
            }

            (entry.ReadingId, entry.MeterId, entry.MeterValue, entry.MeterLifetime) = (outcome.Reading!.Id, main.Id, outcome.Reading.Value, outcome.Reading.Lifetime);
        }

        db.Add(entry);
        if (await readings.TrySaveAsync(cancellationToken) is { } busy)
        {
            return Failed(nameof(FuelInput.MeterValue), busy.Refusal!);
        }

        await transaction.CommitAsync(cancellationToken);
        return new FuelOutcome(entry, new Dictionary<string, string>());
    }

    private Dictionary<string, string> Check(FuelInput input, Vehicle vehicle)
    {
        var errors = new Dictionary<string, string>();
        if (vehicle.IsRetired)
        {
            errors[nameof(FuelInput.VehicleId)] = text["This vehicle is retired: no fill can be recorded on it."];
        }
        else if (vehicle.Fuel is FuelType.Electric or FuelType.None)
        {
            errors[nameof(FuelInput.VehicleId)] = text["This vehicle takes no fuel ({0}).", text["FuelType." + vehicle.Fuel]];
        }

        if (input.Litres <= 0 || input.Litres > MaxLitres || decimal.Round(input.Litres, 2) != input.Litres)
        {
            errors[nameof(FuelInput.Litres)] = text["Litres must be more than 0 and at most {0}, with at most 2 decimals.", MaxLitres];
        }

        if (input.UnitPrice <= 0 || input.UnitPrice > MaxUnitPrice || decimal.Round(input.UnitPrice, 3) != input.UnitPrice)
        {
            errors[nameof(FuelInput.UnitPrice)] = text["The price per litre must be more than 0 and at most {0} €, with at most 3 decimals.", MaxUnitPrice];
        }

        if (input.FilledAtUtc > clock.UtcNow + MeterRule.ClockTolerance)
        {
            errors[nameof(FuelInput.FilledAtUtc)] = text["The date of the fill is in the future."];
        }

        if (input.Source == FuelSource.Pump && string.IsNullOrWhiteSpace(input.Pump))
        {
            errors[nameof(FuelInput.Pump)] = text["Say which pump was used."];
        }
        else if (input.Source == FuelSource.Card && (string.IsNullOrWhiteSpace(input.CardNumber) || input.CardNumber.Trim().Length is < 4 or > 30))
        {
            errors[nameof(FuelInput.CardNumber)] = text["Give the fuel card's number (4 to 30 characters)."];
        }

        if (input.Pump?.Trim().Length > 100)
        {
            errors[nameof(FuelInput.Pump)] = text["At most 100 characters."];
        }

        if (input.ExternalReference?.Trim().Length > 100)
        {
            errors[nameof(FuelInput.ExternalReference)] = text["At most 100 characters."];
        }

        return errors;
    }

    private static FuelOutcome Failed(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}
