using Cmms.Directory.Contracts;
using Cmms.Kernel.Time;
using Cmms.Works.Costs;
using Cmms.Works.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Works.Field;

/// <summary>Hours worked, as the phone page, the manager and the API enter them.</summary>
internal sealed record HoursInput(Guid WorkOrderId, Guid AgentId, DateOnly WorkDate, decimal Hours, HoursKind Kind, string? Note);

/// <summary>Either the recorded entry, or the refusals by field (English resource keys); nothing is saved on a refusal.</summary>
internal sealed record HoursResult(TimeEntry? Entry, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Entry is not null;
}

/// <summary>
/// Records hours on a work order with the agent's rate of that day and the cost event they make.
/// Refused: hours on work that is not open (or just done), zero, negative or over a day, in the future,
/// before the work order existed, more than 24 hours for one agent on one day, or with no rate known.
/// A timer started from the phone becomes hours, rounded to the quarter hour, when it stops.
/// </summary>
internal sealed class Hours(DbContext db, IDirectory directory, IClock clock)
{
    public const decimal MaxPerDay = 24m;

    public async Task<HoursResult> LogAsync(HoursInput input, Actor by, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var order = await db.WorkOrders.AsNoTracking().SingleOrDefaultAsync(w => w.Id == input.WorkOrderId, cancellationToken)
            ?? throw new KeyNotFoundException($"Work order {input.WorkOrderId} not found.");
        var today = ParisTime.Today(clock);
        if (!WorkOrderWorkflow.AcceptsWork(order.Status))
        {
            errors[nameof(HoursInput.WorkOrderId)] = "Hours can only be entered on work that is assigned, under way, on hold or just done.";
        }

        if (input.Hours <= 0 || input.Hours > MaxPerDay)
        {
            errors[nameof(HoursInput.Hours)] = "Hours must be more than 0 and at most 24.";
        }
        else if (decimal.Round(input.Hours, 2) != input.Hours)
        {
            errors[nameof(HoursInput.Hours)] = "Hours have at most 2 decimals (0.25 for a quarter of an hour).";
        }

        if (input.WorkDate > today)
        {
            errors[nameof(HoursInput.WorkDate)] = "Hours cannot be entered for a day that has not come yet.";
        }
        else if (input.WorkDate < DateOnly.FromDateTime(ParisTime.FromUtc(order.CreatedAtUtc)))
        {
            errors[nameof(HoursInput.WorkDate)] = "Hours cannot be dated before the work order was created.";
        }

        var rate = DirectoryRates.HourlyCostOn(await directory.RatesAsync([input.AgentId], cancellationToken), input.AgentId, input.WorkDate);
        if (rate is null)
        {
            errors[nameof(HoursInput.AgentId)] = "This agent has no hourly rate on that day: ask the administrator to set one.";
        }

        if (errors.Count == 0)
        {
            var entries = db.TimeEntries;
            var already = await entries.Where(t => t.AgentId == input.AgentId && t.WorkDate == input.WorkDate).SumAsync(t => t.Hours, cancellationToken);
            if (already + input.Hours > MaxPerDay)
            {
                errors[nameof(HoursInput.Hours)] = "This would make more than 24 hours in one day for this agent.";
            }
        }

        if (errors.Count > 0)
        {
            return new HoursResult(null, errors);
        }

        var now = clock.UtcNow;
        var entry = new TimeEntry
        {
            OrganisationId = order.OrganisationId, WorkOrderId = order.Id, AgentId = input.AgentId, WorkDate = input.WorkDate,
            Hours = input.Hours, Kind = input.Kind, HourlyCost = rate!.Value, Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            EnteredByUserId = by.UserId, EnteredBy = by.Name, EnteredAtUtc = now,
        };
        db.TimeEntries.Add(entry);
        db.CostEvents.Add(CostEvents.ForHours(entry, order, now));
        await db.SaveChangesAsync(cancellationToken);
        return new HoursResult(entry, errors);
    }

    /// <summary>Starts the agent's timer on a work order; one timer per agent runs at a time.</summary>
    public async Task<HoursResult> StartAsync(Guid workOrderId, Guid agentId, Actor by, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.AsNoTracking().SingleOrDefaultAsync(w => w.Id == workOrderId, cancellationToken)
            ?? throw new KeyNotFoundException($"Work order {workOrderId} not found.");
        if (!WorkOrderWorkflow.AcceptsWork(order.Status) || order.Status == WorkOrderStatus.Done)
        {
            return new HoursResult(null, new Dictionary<string, string> { [nameof(HoursInput.WorkOrderId)] = "Hours can only be entered on work that is assigned, under way, on hold or just done." });
        }

        var entries = db.TimeEntries;
        if (await entries.Where(TimeEntry.RunningTimers).AnyAsync(t => t.AgentId == agentId, cancellationToken))
        {
            return new HoursResult(null, new Dictionary<string, string> { [nameof(HoursInput.AgentId)] = "A timer is already running for this agent: stop it first." });
        }

        var now = clock.UtcNow;
        var entry = new TimeEntry
        {
            OrganisationId = order.OrganisationId, WorkOrderId = order.Id, AgentId = agentId, WorkDate = ParisTime.Today(clock),
            Kind = HoursKind.Normal, StartedAtUtc = now, EnteredByUserId = by.UserId, EnteredBy = by.Name, EnteredAtUtc = now,
        };
        db.TimeEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return new HoursResult(entry, new Dictionary<string, string>());
    }

    /// <summary>Stops a running timer: its hours (to the quarter hour, at least one) are valued and reported as a cost.</summary>
    public async Task<HoursResult> StopAsync(Guid entryId, Actor by, CancellationToken cancellationToken)
    {
        var entry = await db.TimeEntries.Where(TimeEntry.RunningTimers).SingleOrDefaultAsync(t => t.Id == entryId, cancellationToken)
            ?? throw new KeyNotFoundException($"Running timer {entryId} not found.");
        var order = await db.WorkOrders.AsNoTracking().SingleAsync(w => w.Id == entry.WorkOrderId, cancellationToken);
        var now = clock.UtcNow;
        var quarters = Math.Max(1, (int)Math.Round((now - entry.StartedAtUtc!.Value).TotalMinutes / 15, MidpointRounding.AwayFromZero));
        var rate = DirectoryRates.HourlyCostOn(await directory.RatesAsync([entry.AgentId], cancellationToken), entry.AgentId, entry.WorkDate);
        if (rate is null)
        {
            return new HoursResult(null, new Dictionary<string, string> { [nameof(HoursInput.AgentId)] = "This agent has no hourly rate on that day: ask the administrator to set one." });
        }

        entry.Hours = Math.Min(MaxPerDay, quarters * 0.25m);
        entry.HourlyCost = rate.Value;
        entry.StoppedAtUtc = now;
        db.CostEvents.Add(CostEvents.ForHours(entry, order, now));
        await db.SaveChangesAsync(cancellationToken);
        return new HoursResult(entry, new Dictionary<string, string>());
    }
}
