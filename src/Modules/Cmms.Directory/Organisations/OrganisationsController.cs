using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Directory.Organisations;

public sealed class OrganisationForm : IVersionedForm
{
    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [StringLength(9), RegularExpression("^[0-9]{9}$", ErrorMessage = "A SIREN number has 9 digits."), Display(Name = "SIREN number")]
    public string? Siren { get; set; }

    public int Version { get; set; }

    internal static OrganisationForm From(Organisation o) => new() { Name = o.Name, Siren = o.Siren, Version = o.Version };
}

/// <summary>The administrator edits the organisation they act for, never another one.</summary>
[Authorize(Roles = Roles.Administrator), Route("admin/organisation")]
public sealed class OrganisationsController(DbContext db, IOrganisationContext organisation, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken) =>
        await CurrentAsync(cancellationToken) is { } current ? View(OrganisationForm.From(current)) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Edit(OrganisationForm form, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        current.Name = form.Name.Trim();
        current.Siren = string.IsNullOrWhiteSpace(form.Siren) ? null : form.Siren.Trim();
        if (await db.TrySaveAsync(current, form.Version, cancellationToken) is { } conflict)
        {
            return this.ConflictView("Edit", form, OrganisationForm.From(current), conflict);
        }

        TempData["Flash"] = text["The organisation has been saved. Its new name shows after your next sign-in."].Value;
        return Redirect("/admin/organisation");
    }

    private Task<Organisation?> CurrentAsync(CancellationToken cancellationToken) =>
        db.Organisations.FirstOrDefaultAsync(o => o.Id == organisation.OrganisationId, cancellationToken);
}
