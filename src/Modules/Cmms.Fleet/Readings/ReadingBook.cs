using System.Globalization;
using Cmms.Kernel.Data;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Fleet.Readings;

/// <summary>A reading to record on one meter of a vehicle.</summary>
public sealed record ReadingInput(
    Guid VehicleId, MeterKind? Kind, decimal Value, DateTime ReadAtUtc, ReadingSource Source, bool Replacement = false, decimal? OldMeterFinalValue = null);

/// <summary>What became of a reading: recorded, or refused with the reason and the reading it conflicts with.</summary>
public sealed record ReadingOutcome(MeterReading? Reading, Meter? Meter, string? Refusal, MeterRefusal? Rule)
{
    public bool Recorded => Reading is not null;
}

/// <summary>
/// Records meter readings, whichever way they come (typed by a driver, a fuel fill, a workshop intake, the
/// API): one place applies the rising rule, keeps the meter's latest reading and words the refusal.
/// </summary>
internal sealed class ReadingBook(DbContext db, IWriteGate gate, IClock clock, ICurrentUser user, IStringLocalizer<Text> text)
{
    /// <summary>Records one reading in its own transaction.</summary>
    public async Task<ReadingOutcome> RecordAsync(ReadingInput input, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await AddAsync(input, cancellationToken);
        if (!outcome.Recorded)
        {
            return outcome;
        }

        if (await TrySaveAsync(cancellationToken) is { } busy)
        {
            return busy;
        }

        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>
    /// Checks the reading and adds it to the context with the meter's new state, without saving: the caller has
    /// entered the write gate and opened the transaction, and saves it with the rest of its change (a fuel fill,
    /// a workshop intake).
    /// </summary>
    public async Task<ReadingOutcome> AddAsync(ReadingInput input, CancellationToken cancellationToken)
    {
        var (vehicles, meters) = (db.Vehicles, db.Meters);
        var vehicle = await vehicles.AsNoTracking().Where(v => v.Id == input.VehicleId).Select(v => new { v.RetiredOn }).FirstOrDefaultAsync(cancellationToken);
        if (vehicle is null)
        {
            return Refused(text["This vehicle does not exist."]);
        }

        if (vehicle.RetiredOn is not null)
        {
            return Refused(text["This vehicle is retired: no reading can be recorded on it."]);
        }

        var vehicleMeters = await meters.Where(m => m.VehicleId == input.VehicleId).ToListAsync(cancellationToken);
        var meter = input.Kind is { } kind ? vehicleMeters.FirstOrDefault(m => m.Kind == kind) : Units.Main(vehicleMeters);
        if (meter is null)
        {
            return Refused(text["This vehicle has no such meter."]);
        }

        var at = DateTime.SpecifyKind(input.ReadAtUtc, DateTimeKind.Utc);
        var (previous, next) = await NeighboursAsync(meter, at, cancellationToken);
        var (accepted, refusal) = MeterRule.Check(previous, next, input.Value, at, clock.UtcNow, input.Replacement, input.OldMeterFinalValue);
        if (refusal is not null)
        {
            return new ReadingOutcome(null, meter, Explain(refusal, input.Value, meter.Kind), refusal);
        }

        var reading = new MeterReading
        {
            OrganisationId = meter.OrganisationId, VehicleId = input.VehicleId, MeterId = meter.Id, ReadAtUtc = at,
            Value = accepted!.Value, Lifetime = accepted.Lifetime, Source = input.Source, IsReplacement = input.Replacement,
            OldMeterFinalValue = accepted.OldMeterFinalValue, EnteredBy = user.IsAuthenticated ? user.DisplayName : "système", EnteredAtUtc = clock.UtcNow,
        };
        db.Add(reading);
        if (meter.LastReadAtUtc is null || at >= meter.LastReadAtUtc)
        {
            (meter.LastValue, meter.LastLifetime, meter.LastReadAtUtc) = (reading.Value, reading.Lifetime, at);
        }

        meter.Sequence++;
        return new ReadingOutcome(reading, meter, null, null);
    }

    /// <summary>Saves; a reading recorded meanwhile on the same meter (another node) is a refusal to try again, never a 500.</summary>
    public async Task<ReadingOutcome?> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refused(text["Another reading was recorded on this meter at the same moment: check the last reading and enter yours again."]);
        }
        catch (ConcurrencyConflictException)
        {
            // The vehicle itself changed meanwhile (its status, by another person).
            db.ChangeTracker.Clear();
            return Refused(text["Someone changed this vehicle at the same moment: look at it again and enter yours again."]);
        }
    }

    /// <summary>The readings just before and just after a moment; the meter's own latest reading when the moment is the latest.</summary>
    private async Task<(ReadingPoint? Previous, ReadingPoint? Next)> NeighboursAsync(Meter meter, DateTime at, CancellationToken cancellationToken)
    {
        if (meter.LastReadAtUtc is not { } last)
        {
            return (null, null);
        }

        if (at >= last)
        {
            return (new ReadingPoint(last, meter.LastValue!.Value, meter.LastLifetime!.Value), null);
        }

        var readings = db.MeterReadings;
        var meterId = meter.Id;
        var previous = await readings.AsNoTracking().Where(r => r.MeterId == meterId && r.ReadAtUtc <= at)
            .OrderByDescending(r => r.ReadAtUtc).ThenByDescending(r => r.Lifetime)
            .Select(r => new ReadingPoint(r.ReadAtUtc, r.Value, r.Lifetime, r.IsReplacement)).FirstOrDefaultAsync(cancellationToken);
        var next = await readings.AsNoTracking().Where(r => r.MeterId == meterId && r.ReadAtUtc > at)
            .OrderBy(r => r.ReadAtUtc).ThenBy(r => r.Lifetime)
            .Select(r => new ReadingPoint(r.ReadAtUtc, r.Value, r.Lifetime, r.IsReplacement)).FirstOrDefaultAsync(cancellationToken);
        return (previous, next);
    }

    /// <summary>
    /// The first reading of a new meter (an imported vehicle's odometer): nothing to compare it with, its value is
    /// its lifetime. The caller adds it to the context.
    /// </summary>
    public static MeterReading First(Meter meter, decimal value, DateTime atUtc, ReadingSource source, string enteredBy, DateTime enteredAtUtc)
    {
        if (meter.LastReadAtUtc is not null || value < 0)
        {
            throw new InvalidOperationException("Only a new meter takes a first reading, and never a negative one.");
        }

        (meter.LastValue, meter.LastLifetime, meter.LastReadAtUtc) = (value, value, atUtc);
        meter.Sequence++;
        return new MeterReading
        {
            OrganisationId = meter.OrganisationId, VehicleId = meter.VehicleId, MeterId = meter.Id, ReadAtUtc = atUtc, Value = value, Lifetime = value,
            Source = source, EnteredBy = enteredBy, EnteredAtUtc = enteredAtUtc,
        };
    }

    private static ReadingOutcome Refused(string message) => new(null, null, message, null);

    /// <summary>The refusal in the reader's words, with the reading it conflicts with.</summary>
    public string Explain(MeterRefusal refusal, decimal value, MeterKind kind)
    {
        var unit = Units.Of(kind);
        var against = refusal.Against;
        string Shown(decimal v) => Format(v, kind);
        string When(ReadingPoint p) => ParisTime.FromUtc(p.ReadAtUtc).ToString("g", CultureInfo.CurrentCulture);
        return refusal.Kind switch
        {
            MeterRefusalKind.Lower => text[
                "The reading ({0} {2}) is lower than the last reading ({1} {2} on {3}). A meter never goes back: check the figure, or record a meter replacement if the meter was changed.",
                Shown(value), Shown(against!.Value), unit, When(against)],
            MeterRefusalKind.HigherThanLater => text[
                "The reading ({0} {2}) is higher than a later reading ({1} {2} on {3}): check the figure and the date.",
                Shown(value), Shown(against!.Value), unit, When(against)],
            MeterRefusalKind.ReplacementNotLatest => text[
                "A meter replacement must be the latest reading, and a reading was recorded after this date ({0} {1} on {2}).",
                Shown(against!.Value), unit, When(against)],
            MeterRefusalKind.FinalBelowLast => text[
                "The old meter's final value cannot be lower than its last reading ({0} {1} on {2}).",
                Shown(against!.Value), unit, When(against)],
            MeterRefusalKind.Negative => text["A reading cannot be negative."],
            _ => text["The date of the reading is in the future."],
        };
    }

    /// <summary>Kilometres as whole numbers, hours to the tenth, in the reader's culture (48 215 km, 1 234,5 h).</summary>
    public static string Format(decimal value, MeterKind kind) =>
        value.ToString(kind == MeterKind.Km ? "#,0.#" : "#,0.0", CultureInfo.CurrentCulture);
}
