using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Directory.Services;

public sealed class ServiceForm : IVersionedForm
{
    [Required, StringLength(20), RegularExpression("^[A-Z0-9-]+$", ErrorMessage = "Upper-case letters, digits and dashes only."), Display(Name = "Code")]
    public string Code { get; set; } = string.Empty;

    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [Display(Name = "Kind of service")]
    public ServiceKind Kind { get; set; }

    public int Version { get; set; }

    [BindNever]
    public Guid? Id { get; set; }

    internal static ServiceForm From(Service s) => new() { Id = s.Id, Code = s.Code, Name = s.Name, Kind = s.Kind, Version = s.Version };

    internal void ApplyTo(Service s)
    {
        s.Code = Code.Trim();
        s.Name = Name.Trim();
        s.Kind = Kind;
    }
}

public sealed record ServiceRow(Guid Id, string Code, string Name, ServiceKind Kind, int Teams, int Managers);

[Authorize(Roles = Roles.Administrator), Route("admin/services")]
public sealed class ServicesController(DbContext db, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var (teams, managers) = (db.Teams, db.ManagedServices);
        return View(await db.Services.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new ServiceRow(s.Id, s.Code, s.Name, s.Kind, teams.Count(t => t.ServiceId == s.Id), managers.Count(m => m.ServiceId == s.Id)))
            .ToListAsync(cancellationToken));
    }

    [HttpGet("new")]
    public IActionResult New() => View("Edit", new ServiceForm());

    [HttpPost("new")]
    public async Task<IActionResult> New(ServiceForm form, CancellationToken cancellationToken)
    {
        await ValidateAsync(form, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        var service = new Service { Code = string.Empty, Name = string.Empty };
        form.ApplyTo(service);
        db.Services.Add(service);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The service has been created."].Value;
        return Redirect("/admin/services");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken) =>
        await db.Services.FindAsync([id], cancellationToken) is { } service ? View(ServiceForm.From(service)) : NotFound();

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, ServiceForm form, CancellationToken cancellationToken)
    {
        var service = await db.Services.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return NotFound();
        }

        form.Id = id;
        await ValidateAsync(form, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        form.ApplyTo(service);
        if (await db.TrySaveAsync(service, form.Version, cancellationToken) is { } conflict)
        {
            return this.ConflictView("Edit", form, ServiceForm.From(service), conflict);
        }

        TempData["Flash"] = text["The service has been saved."].Value;
        return Redirect("/admin/services");
    }

    private async Task ValidateAsync(ServiceForm form, Guid? id, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(form.Kind))
        {
            ModelState.AddModelError(nameof(form.Kind), text["Unknown kind of service."]);
        }

        var code = form.Code.Trim();
        if (await db.Services.AnyAsync(s => s.Code == code && s.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Code), text["Another service already has this code."]);
        }
    }
}
