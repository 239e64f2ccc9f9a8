using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Cmms.Directory.Contracts;
using Cmms.Works.WorkOrders;

namespace Cmms.Works.Field;

/// <summary>One card of "my work today": projected in the list's single query.</summary>
public sealed record MyWorkRow(
    Guid Id, string Number, string Title, Guid SiteId, string? Location, Priority Priority, WorkOrderStatus Status, DateTime DueAtUtc, bool TimerRunning)
{
    public string? SiteName { get; init; }
}

/// <summary>The agent's list: null agent when the signed-in person has no agent record.</summary>
public sealed record MyWorkPage(AgentInfo? Agent, IReadOnlyList<MyWorkRow> Rows, DateTime NowUtc, int Total = 0);

public sealed record PhotoRow(Guid Id, string FileName, Attachments.AttachmentStage Stage, string UploadedBy, DateTime UploadedAtUtc);

public sealed record HoursRow(Guid Id, string Agent, DateOnly WorkDate, decimal Hours, HoursKind Kind, bool Running, DateTime? StartedAtUtc, string? Note);

public sealed record NoteRow(string Text, string ByName, DateTime AtUtc);

public sealed record PartRow(string Label, string? ItemReference, decimal Quantity, string Unit, decimal UnitCost, decimal Cost);

/// <summary>Everything the work order page shows the agent, and the forms it re-displays after a refusal.</summary>
public sealed class FieldPage
{
    public required WorkOrder Order { get; init; }

    public SiteInfo? Site { get; init; }

    public IReadOnlyList<PhotoRow> RequestPhotos { get; init; } = [];

    public IReadOnlyList<PhotoRow> Photos { get; init; } = [];

    public IReadOnlyList<HoursRow> Hours { get; init; } = [];

    public IReadOnlyList<NoteRow> Notes { get; init; } = [];

    public IReadOnlyList<PartRow> Parts { get; init; } = [];

    /// <summary>The signed-in agent (null for an administrator with no agent record).</summary>
    public AgentInfo? Agent { get; init; }

    /// <summary>The agent's running timer on this work order.</summary>
    public HoursRow? MyTimer { get; init; }

    /// <summary>The agent has a timer running on another work order.</summary>
    public bool TimerElsewhere { get; init; }

    /// <summary>Agents the person may enter hours for: themselves and their team.</summary>
    public IReadOnlyList<AgentInfo> Agents { get; init; } = [];

    public DateOnly Today { get; init; }

    public HoursForm HoursForm { get; set; } = new();

    public PartForm PartForm { get; set; } = new();

    public NoteForm NoteForm { get; set; } = new();

    public HoldForm HoldForm { get; set; } = new();

    public FinishForm FinishForm { get; set; } = new();

    public bool AcceptsWork => WorkOrderWorkflow.AcceptsWork(Order.Status);

    /// <summary>Parts from the stores, when a stock module is registered.</summary>
    public Parts.StockPartsPanel? Stock { get; init; }
}

/// <summary>Hours for oneself or a team mate. Numbers are read with a comma or a dot, as phones type them.</summary>
public sealed class HoursForm
{
    [Display(Name = "For the agent")]
    public Guid? AgentId { get; set; }

    [Required, Display(Name = "Day worked")]
    public DateOnly? WorkDate { get; set; }

    [Required, StringLength(10), Display(Name = "Number of hours")]
    public string? Hours { get; set; }

    [Display(Name = "Kind of hours")]
    public HoursKind Kind { get; set; } = HoursKind.Normal;

    [StringLength(500), Display(Name = "Note text")]
    public string? Note { get; set; }
}

public sealed class NoteForm
{
    [Required, StringLength(2000), Display(Name = "Note text")]
    public string? Text { get; set; }
}

public sealed class PartForm
{
    [Required, StringLength(200), Display(Name = "Part or material")]
    public string? Label { get; set; }

    [StringLength(50), Display(Name = "Item reference (optional)")]
    public string? ItemReference { get; set; }

    [Required, StringLength(15), Display(Name = "Quantity used")]
    public string? Quantity { get; set; }

    [Required, StringLength(20), Display(Name = "Unit of measure")]
    public string? Unit { get; set; } = "u";

    [Required, StringLength(15), Display(Name = "Unit cost (€)")]
    public string? UnitCost { get; set; }
}

public sealed class HoldForm
{
    [Required, Display(Name = "Reason for the hold")]
    public HoldReason? Reason { get; set; }

    [StringLength(2000), Display(Name = "Comment (optional)")]
    public string? Comment { get; set; }

    public int Version { get; set; }
}

public sealed class FinishForm
{
    [Required, StringLength(4000), Display(Name = "Closing report")]
    public string? Report { get; set; }

    public int Version { get; set; }
}

public sealed class TaskAnswerForm
{
    [Required, Display(Name = "Checklist answer")]
    public ChecklistAnswer? Answer { get; set; }

    [StringLength(1000), Display(Name = "Comment (optional)")]
    public string? Comment { get; set; }
}

/// <summary>Reads a number typed on a phone: "1,5" and "1.5" alike.</summary>
internal static class TypedNumber
{
    public static decimal? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c != '\u202f' && c != '\u00a0')]).Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public static string Show(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);
}
