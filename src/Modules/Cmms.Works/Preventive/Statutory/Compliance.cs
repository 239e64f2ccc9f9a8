namespace Cmms.Works.Preventive.Statutory;

public enum ComplianceState
{
    Overdue,
    DueSoon,
    UpToDate,
}

/// <summary>One asset and one inspection it must have: when it was last done, when it is due, its open observations.</summary>
public sealed record ComplianceLine(
    Guid InspectionTypeId, string Inspection, string AssetModule, Guid AssetId, string Asset, Guid SiteId,
    DateOnly? LastDone, DateOnly Due, ComplianceState State, int OpenObservations, Guid? LastInspectionId);

/// <summary>The rule: due a period after the last inspection (or at once when never done); "due soon" within 60 days.</summary>
public static class ComplianceRule
{
    public const int SoonDays = 60;

    public static (DateOnly Due, ComplianceState State) Of(DateOnly? lastDone, int periodMonths, DateOnly planStart, DateOnly today)
    {
        var due = lastDone?.AddMonths(periodMonths) ?? planStart;
        var state = due < today ? ComplianceState.Overdue : due <= today.AddDays(SoonDays) ? ComplianceState.DueSoon : ComplianceState.UpToDate;
        return (due, state);
    }
}
