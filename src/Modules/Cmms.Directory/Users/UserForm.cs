using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cmms.Directory.Users;

/// <summary>A person as the administrator of one organisation sees and edits them.</summary>
public sealed class UserForm : IVersionedForm
{
    [Required, StringLength(200), Display(Name = "Full name")]
    public string DisplayName { get; set; } = string.Empty;

    [Required, EmailAddress, StringLength(256), Display(Name = "E-mail address")]
    public string Email { get; set; } = string.Empty;

    /// <summary>Required for a new account; on an existing one, filled only to reset the password.</summary>
    [DataType(DataType.Password), Display(Name = "Password")]
    public string? Password { get; set; }

    [Display(Name = "Roles")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "Services managed")]
    public List<Guid> ManagedServiceIds { get; set; } = [];

    [Display(Name = "Sites answered for")]
    public List<Guid> ReferentSiteIds { get; set; } = [];

    [Display(Name = "Active in this organisation")]
    public bool IsActive { get; set; } = true;

    public int Version { get; set; }

    public string? ConcurrencyStamp { get; set; }

    // What the page shows besides the person; never read from the browser.
    [BindNever]
    public Guid? UserId { get; set; }

    /// <summary>The account also belongs to another organisation: its name, address and password are not ours to change.</summary>
    [BindNever]
    public bool AccountShared { get; set; }

    [BindNever]
    public bool LockedOut { get; set; }

    [BindNever]
    public IReadOnlyList<Choice> ServiceChoices { get; set; } = [];

    [BindNever]
    public IReadOnlyList<Choice> SiteChoices { get; set; } = [];

    internal static UserForm From(Membership membership) => new()
    {
        DisplayName = membership.User!.DisplayName,
        Email = membership.User.Email ?? string.Empty,
        Roles = [.. membership.Roles.Order()],
        ManagedServiceIds = [.. membership.ManagedServices.Select(s => s.ServiceId).Order()],
        ReferentSiteIds = [.. membership.ReferentSites.Select(s => s.SiteId).Order()],
        IsActive = membership.IsActive,
        Version = membership.Version,
        ConcurrencyStamp = membership.User.ConcurrencyStamp,
    };
}

public sealed record Choice(Guid Id, string Label);
