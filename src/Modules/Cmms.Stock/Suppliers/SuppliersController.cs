using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Stock.Suppliers;

public sealed class SupplierForm : IVersionedForm
{
    public Guid? Id { get; set; }

    public int Version { get; set; }

    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [StringLength(30), Display(Name = "Account number in the finance system")]
    public string? AccountNumber { get; set; }

    [StringLength(200), EmailAddress, Display(Name = "E-mail for orders")]
    public string? Email { get; set; }

    [StringLength(30), Display(Name = "Phone")]
    public string? Phone { get; set; }

    [Display(Name = "Active")]
    public bool IsActive { get; set; } = true;

    public static SupplierForm From(Supplier s) => new()
    {
        Id = s.Id, Version = s.Version, Name = s.Name, AccountNumber = s.AccountNumber, Email = s.Email, Phone = s.Phone, IsActive = s.IsActive,
    };

    public void ApplyTo(Supplier s)
    {
        s.Name = Name.Trim();
        s.AccountNumber = string.IsNullOrWhiteSpace(AccountNumber) ? null : AccountNumber.Trim();
        s.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        s.Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim();
        s.IsActive = IsActive;
    }
}

/// <summary>The companies stock is bought from.</summary>
[Authorize(Roles = StockUrls.Keepers), Route("stock/suppliers")]
public sealed class SuppliersController(DbContext db, IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var suppliers = db.Suppliers;
        return View(await suppliers.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken));
    }

    [HttpGet("new")]
    public IActionResult New() => View("Edit", new SupplierForm());

    [HttpPost("new")]
    public async Task<IActionResult> New(SupplierForm form, CancellationToken cancellationToken)
    {
        await ValidateAsync(form, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        var supplier = new Supplier { Name = string.Empty };
        form.ApplyTo(supplier);
        db.Suppliers.Add(supplier);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = text["The supplier has been created."].Value;
        return Redirect("/stock/suppliers");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var supplier = await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return supplier is null ? NotFound() : View("Edit", SupplierForm.From(supplier));
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, SupplierForm form, CancellationToken cancellationToken)
    {
        var supplier = await db.Suppliers.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (supplier is null)
        {
            return NotFound();
        }

        form.Id = id;
        await ValidateAsync(form, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", form);
        }

        form.ApplyTo(supplier);
        if (await db.TrySaveAsync(supplier, form.Version, cancellationToken) is { } conflict)
        {
            return this.ConflictView("Edit", form, SupplierForm.From(supplier), conflict);
        }

        TempData["Flash"] = text["The supplier has been saved."].Value;
        return Redirect("/stock/suppliers");
    }

    private async Task ValidateAsync(SupplierForm form, Guid? id, CancellationToken cancellationToken)
    {
        var name = (form.Name ?? string.Empty).Trim();
        var suppliers = db.Suppliers;
        if (name.Length > 0 && await suppliers.AnyAsync(s => s.Name == name && s.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Name), text["Another supplier already has this name."]);
        }
    }
}
