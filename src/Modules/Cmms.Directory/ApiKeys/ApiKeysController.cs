using System.ComponentModel.DataAnnotations;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Cmms.Directory.ApiKeys;

public sealed class ApiKeyForm
{
    [Required, StringLength(100), Display(Name = "What the key is for")]
    public string Name { get; set; } = string.Empty;
}

public sealed record ApiKeyRow(Guid Id, string Name, string Prefix, DateTime CreatedAtUtc, string CreatedBy, DateTime? LastUsedAtUtc, DateTime? RevokedAtUtc, string? RevokedBy);

public sealed record ApiKeyList(IReadOnlyList<ApiKeyRow> Keys, ApiKeyForm NewKey);

public sealed record ApiKeyCreated(string Name, string Key);

[Authorize(Roles = Roles.Administrator), Route("admin/api-keys")]
public sealed class ApiKeysController(DbContext db, ICurrentUser user, IClock clock, IStringLocalizer<Text> text, IMemoryCache cache) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await ListAsync(new ApiKeyForm(), cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = "NewKey")] ApiKeyForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("Index", await ListAsync(form, cancellationToken));
        }

        var (key, prefix, hash) = ApiKeySecret.Generate();
        db.ApiKeys.Add(new ApiKey
        {
            Name = form.Name.Trim(), Prefix = prefix, SecretHash = hash, CreatedAtUtc = clock.UtcNow, CreatedBy = user.DisplayName,
        });
        await db.SaveChangesAsync(cancellationToken);

        // The secret is not stored: this response is the only time anyone sees it.
        Response.Headers.CacheControl = "no-store";
        return View("Created", new ApiKeyCreated(form.Name.Trim(), key));
    }

    [HttpPost("{id:guid}/revoke")]
    public async Task<IActionResult> Revoke(Guid id, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return NotFound();
        }

        if (key.IsActive)
        {
            key.RevokedAtUtc = clock.UtcNow;
            key.RevokedBy = user.DisplayName;
            await db.SaveChangesAsync(cancellationToken);
            ApiKeyAuthenticationHandler.Forget(cache, key.Prefix);
        }

        TempData["Flash"] = text["The key has been revoked: systems using it are refused from now on."].Value;
        return Redirect("/admin/api-keys");
    }

    private async Task<ApiKeyList> ListAsync(ApiKeyForm form, CancellationToken cancellationToken) =>
        new(await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAtUtc)
            .Select(k => new ApiKeyRow(k.Id, k.Name, k.Prefix, k.CreatedAtUtc, k.CreatedBy, k.LastUsedAtUtc, k.RevokedAtUtc, k.RevokedBy))
            .ToListAsync(cancellationToken), form);
}
