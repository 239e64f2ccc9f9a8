using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Users;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cmms.Directory.Agents;

public sealed class AgentForm : IVersionedForm
{
    [Required, StringLength(20), Display(Name = "Employee number")]
    public string EmployeeNumber { get; set; } = string.Empty;

    [Required, StringLength(100), Display(Name = "First name")]
    public string FirstName { get; set; } = string.Empty;

    [Required, StringLength(100), Display(Name = "Last name")]
    public string LastName { get; set; } = string.Empty;

    [Required, Display(Name = "Trade")]
    public Guid? TradeId { get; set; }

    [Display(Name = "Team")]
    public Guid? TeamId { get; set; }

    [Display(Name = "User account")]
    public Guid? UserId { get; set; }

    [Display(Name = "Active")]
    public bool IsActive { get; set; } = true;

    public int Version { get; set; }

    [BindNever]
    public Guid? Id { get; set; }

    [BindNever]
    public IReadOnlyList<Choice> TradeChoices { get; set; } = [];

    [BindNever]
    public IReadOnlyList<Choice> TeamChoices { get; set; } = [];

    [BindNever]
    public IReadOnlyList<Choice> UserChoices { get; set; } = [];

    [BindNever]
    public IReadOnlyList<RateRow> Rates { get; set; } = [];

    [BindNever]
    public bool CanEdit { get; set; }

    [BindNever]
    public bool CanSeeRates { get; set; }

    internal static AgentForm From(Agent a) => new()
    {
        Id = a.Id, EmployeeNumber = a.EmployeeNumber, FirstName = a.FirstName, LastName = a.LastName,
        TradeId = a.TradeId, TeamId = a.TeamId, UserId = a.UserId, IsActive = a.IsActive, Version = a.Version,
    };

    internal void ApplyTo(Agent a)
    {
        a.EmployeeNumber = EmployeeNumber.Trim();
        a.FirstName = FirstName.Trim();
        a.LastName = LastName.Trim();
        a.TradeId = TradeId!.Value;
        a.TeamId = TeamId;
        a.UserId = UserId;
        a.IsActive = IsActive;
    }
}

public sealed record RateRow(Guid Id, DateOnly EffectiveFrom, decimal HourlyCost, string CreatedBy, bool InEffect, bool Removable);

public sealed class RateForm
{
    [Required, Display(Name = "Effective from")]
    public DateOnly? EffectiveFrom { get; set; }

    [Required, Range(0.01, 500), Display(Name = "Hourly cost (€)")]
    public decimal? HourlyCost { get; set; }
}
