using System.Globalization;
using Cmms.Directory.Contracts;
using Cmms.Fleet.Readings;
using Cmms.Fleet.Vehicles;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Data;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Cmms.Kernel.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Fleet.Workshop;

public sealed record IntakeInput(Guid VehicleId, DateTime IntakeAtUtc, decimal? MeterValue, string Reason, Guid? MechanicId);

public sealed record ReleaseInput(Guid JobId, DateTime ReleasedAtUtc, string? Note, int Version);

/// <summary>
/// The workshop's result: the job, or errors by field; <see cref="WorkOrderProblem"/> says why Works could not
/// open the job's work order (the vehicle is in the workshop all the same, and the order can be opened again).
/// </summary>
public sealed record WorkshopOutcome(WorkshopJob? Job, IReadOnlyDictionary<string, string> Errors, string? WorkOrderProblem = null, ConcurrencyConflictException? Conflict = null)
{
    public bool Done => Job is not null && Errors.Count == 0 && Conflict is null;
}

/// <summary>
/// The mechanic's job: a vehicle taken in (its meter read, the reason noted, the vehicle "in workshop") gets a
/// work order in Works for the labour and parts, through the kernel's <see cref="IAssetWork"/>; released, it is
/// available again and its downtime is the time between the two.
/// </summary>
internal sealed class WorkshopDesk(
    DbContext db, ReadingBook readings, IAssetWork work, IDirectory directory, IWriteGate gate, IClock clock, ICurrentUser user, IStringLocalizer<Text> text)
{
    private string Who => user.IsAuthenticated ? user.DisplayName : "système";

    public async Task<WorkshopOutcome> TakeInAsync(IntakeInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var reason = input.Reason?.Trim() ?? string.Empty;
        if (reason.Length is 0 or > 1000)
        {
            errors[nameof(IntakeInput.Reason)] = text["Say why the vehicle comes in (at most 1000 characters)."];
        }

        if (input.IntakeAtUtc > clock.UtcNow + MeterRule.ClockTolerance)
        {
            errors[nameof(IntakeInput.IntakeAtUtc)] = text["The intake cannot be in the future."];
        }

        if (input.MechanicId is { } mechanic && (await MechanicsAsync(cancellationToken)).All(a => a.Id != mechanic))
        {
            errors[nameof(IntakeInput.MechanicId)] = text["Choose a mechanic of the workshop."];
        }

        WorkshopJob job;
        Vehicle vehicle;
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (vehicles, jobs) = (db.Vehicles, db.WorkshopJobs);
            var found = await vehicles.Include(v => v.Meters).FirstOrDefaultAsync(v => v.Id == input.VehicleId, cancellationToken);
            if (found is null)
            {
                return new WorkshopOutcome(null, new Dictionary<string, string> { [nameof(IntakeInput.VehicleId)] = text["This vehicle does not exist."] });
            }

            vehicle = found;

            var at = DateTime.SpecifyKind(input.IntakeAtUtc, DateTimeKind.Utc);
            if (vehicle.IsRetired)
            {
                errors[nameof(IntakeInput.VehicleId)] = text["This vehicle is retired."];
            }
            else if (vehicle.Status == VehicleStatus.InWorkshop || await jobs.AnyAsync(j => j.VehicleId == vehicle.Id && j.ReleasedAtUtc == null, cancellationToken))
            {
                errors[nameof(IntakeInput.VehicleId)] = text["This vehicle is already in the workshop."];
            }
            else if (at < vehicle.StatusSinceUtc)
            {
                errors[nameof(IntakeInput.IntakeAtUtc)] = text["The intake cannot be dated before the vehicle's last change of status ({0}).", Paris(vehicle.StatusSinceUtc)];
            }

            var main = Units.Main(vehicle.Meters);
            if (main is not null && input.MeterValue is null)
            {
                errors.TryAdd(nameof(IntakeInput.MeterValue), text["Give the meter reading at intake ({0}).", main.Unit]);
            }

            if (errors.Count > 0)
            {
                return new WorkshopOutcome(null, errors);
            }

            job = new WorkshopJob
            {
                OrganisationId = vehicle.OrganisationId, VehicleId = vehicle.Id, IntakeAtUtc = at, Reason = reason, MechanicId = input.MechanicId, OpenedBy = Who,
            };
            if (main is not null)
            {
                var reading = await readings.AddAsync(new ReadingInput(vehicle.Id, main.Kind, input.MeterValue!.Value, at, ReadingSource.WorkshopIntake), cancellationToken);
                if (!reading.Recorded)
                {
                    return new WorkshopOutcome(null, new Dictionary<string, string> { [nameof(IntakeInput.MeterValue)] = reading.Refusal! });
                }

                (job.IntakeReadingId, job.IntakeMeterValue, job.IntakeMeterKind) = (reading.Reading!.Id, reading.Reading.Value, main.Kind);
            }

            db.Add(job);
            db.Add(VehicleStatusChange.Move(vehicle, VehicleStatus.InWorkshop, at, Who, reason, job.Id));
            if (await readings.TrySaveAsync(cancellationToken) is { } busy)
            {
                return new WorkshopOutcome(null, new Dictionary<string, string> { [nameof(IntakeInput.MeterValue)] = busy.Refusal! });
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // Works takes its own turn at the gate: the work order is opened once the intake is stored.
        var problem = await OpenWorkOrderAsync(job, vehicle, cancellationToken);
        return new WorkshopOutcome(job, new Dictionary<string, string>(), problem);
    }

    /// <summary>Opens the job's work order in Works (again, when it could not be opened at intake); null when done.</summary>
    public async Task<string?> OpenWorkOrderAsync(WorkshopJob job, Vehicle vehicle, CancellationToken cancellationToken)
    {
        if (job.WorkOrderId is not null)
        {
            return null;
        }

        var service = await WorkshopServiceAsync(cancellationToken);
        if (service is null)
        {
            return text["No fleet workshop service exists in the directory: ask the administrator to create one, then open the work order again."];
        }

        var reading = job.IntakeMeterValue is { } value && job.IntakeMeterKind is { } kind
            ? text["Meter at intake: {0} {1}.", ReadingBook.Format(value, kind), Units.Of(kind)].Value
            : string.Empty;
        // Work order titles hold 150 characters; planned for the day of the intake.
        var title = Cut($"{vehicle.InternalNumber} {vehicle.Label} — {job.Reason}", 150);
        var day = DateOnly.FromDateTime(ParisTime.FromUtc(job.IntakeAtUtc));
        try
        {
            var created = await work.OpenWorkOrderAsync(
                new WorkOrderDraft(new AssetRef(FleetUrls.ModuleName, vehicle.Id), vehicle.SiteId, service.Id, title,
                    Cut($"{job.Reason}\n{reading}".Trim(), 4000), day, job.MechanicId),
                cancellationToken);
            (job.WorkOrderId, job.WorkOrderNumber) = (created.Id, created.Number);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }

    public async Task<WorkshopOutcome> ReleaseAsync(ReleaseInput input, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (jobs, vehicles) = (db.WorkshopJobs, db.Vehicles);
        var job = await jobs.FirstOrDefaultAsync(j => j.Id == input.JobId, cancellationToken);
        if (job is null)
        {
            return new WorkshopOutcome(null, new Dictionary<string, string> { [string.Empty] = text["This workshop job does not exist."] });
        }

        var errors = new Dictionary<string, string>();
        var at = DateTime.SpecifyKind(input.ReleasedAtUtc, DateTimeKind.Utc);
        if (!job.IsOpen)
        {
            errors[string.Empty] = text["This vehicle has already been released."];
        }
        else if (at < job.IntakeAtUtc)
        {
            errors[nameof(ReleaseInput.ReleasedAtUtc)] = text["The release cannot be before the intake ({0}).", Paris(job.IntakeAtUtc)];
        }
        else if (at > clock.UtcNow + MeterRule.ClockTolerance)
        {
            errors[nameof(ReleaseInput.ReleasedAtUtc)] = text["The release cannot be in the future."];
        }

        if (input.Note?.Trim().Length > 1000)
        {
            errors[nameof(ReleaseInput.Note)] = text["At most 1000 characters."];
        }

        if (errors.Count > 0)
        {
            return new WorkshopOutcome(job, errors);
        }

        var vehicle = await vehicles.SingleAsync(v => v.Id == job.VehicleId, cancellationToken);
        (job.ReleasedAtUtc, job.ReleaseNote, job.ReleasedBy) = (at, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), Who);
        db.Add(VehicleStatusChange.Move(vehicle, VehicleStatus.Available, at, Who, job.ReleaseNote, job.Id));
        if (await db.TrySaveAsync(job, input.Version, cancellationToken) is { } conflict)
        {
            return new WorkshopOutcome(job, new Dictionary<string, string>(), Conflict: conflict);
        }

        await transaction.CommitAsync(cancellationToken);
        return new WorkshopOutcome(job, new Dictionary<string, string>());
    }

    /// <summary>The service of kind fleet workshop that work orders of the workshop go to.</summary>
    public async Task<ServiceInfo?> WorkshopServiceAsync(CancellationToken cancellationToken) =>
        (await directory.ServicesAsync(cancellationToken)).Where(s => s.Kind == "FleetWorkshop").OrderBy(s => s.Name, StringComparer.CurrentCulture).FirstOrDefault();

    /// <summary>The agents of the workshop service's teams: who a work order can be assigned to.</summary>
    public async Task<IReadOnlyList<AgentInfo>> MechanicsAsync(CancellationToken cancellationToken)
    {
        if (await WorkshopServiceAsync(cancellationToken) is not { } service)
        {
            return [];
        }

        var teams = (await directory.TeamsAsync(cancellationToken)).Where(t => t.ServiceId == service.Id).Select(t => t.Id).ToHashSet();
        return [.. (await directory.AgentsAsync(cancellationToken)).Where(a => a.IsActive && a.TeamId is { } team && teams.Contains(team)).OrderBy(a => a.FullName, StringComparer.CurrentCulture)];
    }

    private static string Paris(DateTime utc) => ParisTime.FromUtc(utc).ToString("g", CultureInfo.CurrentCulture);

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
