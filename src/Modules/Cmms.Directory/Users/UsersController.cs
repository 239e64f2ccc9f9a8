using Cmms.Kernel.Domain;
using Cmms.Kernel.Security;
using Cmms.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Directory.Users;

public sealed record UserRow(Guid UserId, string DisplayName, string? Email, IReadOnlyList<string> Roles, bool IsActive, bool LockedOut);

public sealed record UserList(Paged<UserRow> Page, string? Query, string? Role);

[Authorize(Roles = Roles.Administrator), Route("admin/users")]
public sealed class UsersController(
    DbContext db,
    UserManager<User> users,
    IOrganisationContext organisation,
    IStringLocalizer<Text> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? role, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = db.Memberships.AsNoTracking().Include(m => m.User).AsQueryable();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToUpperInvariant();
            query = query.Where(m => m.User!.DisplayName.ToUpper().Contains(term) || m.User.NormalizedEmail!.Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(role) && Roles.IsKnown(role))
        {
            query = query.Where(m => m.Roles.Contains(role));
        }

        var paging = new PageRequest(Math.Max(1, page));
        var total = await query.CountAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var rows = await query.OrderBy(m => m.User!.DisplayName).Skip(paging.Skip).Take(paging.PageSize)
            .Select(m => new UserRow(m.UserId, m.User!.DisplayName, m.User.Email, m.Roles, m.IsActive, m.User.LockoutEnd != null && m.User.LockoutEnd > now))
            .ToListAsync(cancellationToken);
        return View(new UserList(new Paged<UserRow>(rows, paging.Page, paging.PageSize, total), q, role));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", await PageAsync(null, new UserForm(), false, false, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> New(UserForm form, CancellationToken cancellationToken)
    {
        await ValidateAssignmentsAsync(form, cancellationToken);
        var existing = await users.FindByEmailAsync(form.Email);
        if (existing is not null && await db.Memberships.AnyAsync(m => m.UserId == existing.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Email), text["This person is already a user of this organisation."]);
        }

        if (existing is null && string.IsNullOrEmpty(form.Password))
        {
            ModelState.AddModelError(nameof(form.Password), text["A first password is required for a new account."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Edit", await PageAsync(null, form, false, false, cancellationToken));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = existing;
        if (user is null)
        {
            // A person already known to another organisation keeps their account: only a membership is added.
            user = new User { DisplayName = form.DisplayName.Trim(), Email = form.Email.Trim(), UserName = form.Email.Trim(), EmailConfirmed = true };
            var created = await users.CreateAsync(user, form.Password!);
            if (!created.Succeeded)
            {
                AddErrors(created, nameof(form.Password));
                return View("Edit", await PageAsync(null, form, false, false, cancellationToken));
            }
        }

        var membership = new Membership { UserId = user.Id };
        Apply(form, membership);
        db.Memberships.Add(membership);
        user.CurrentOrganisationId ??= organisation.OrganisationId;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Flash"] = existing is null
            ? text["The user has been created."].Value
            : text["This person already had an account in another organisation: they now also belong to this one, with their existing password."].Value;
        return Redirect($"/admin/users/{user.Id}");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var membership = await LoadAsync(id, cancellationToken);
        return membership is null
            ? NotFound()
            : View(await PageAsync(id, UserForm.From(membership), await IsSharedAsync(id, cancellationToken), IsLockedOut(membership.User!), cancellationToken));
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, UserForm form, CancellationToken cancellationToken)
    {
        var membership = await LoadAsync(id, cancellationToken);
        if (membership is null)
        {
            return NotFound();
        }

        var user = membership.User!;
        var shared = await IsSharedAsync(id, cancellationToken);
        await ValidateAssignmentsAsync(form, cancellationToken);
        if (!shared && !string.Equals(user.Email, form.Email.Trim(), StringComparison.OrdinalIgnoreCase)
            && await users.FindByEmailAsync(form.Email) is not null)
        {
            ModelState.AddModelError(nameof(form.Email), text["Another account already uses this e-mail address."]);
        }

        if (id == CurrentUserId && (!form.Roles.Contains(Roles.Administrator) || !form.IsActive))
        {
            ModelState.AddModelError(nameof(form.Roles), text["You cannot remove your own administrator role or deactivate yourself."]);
        }

        if (!ModelState.IsValid)
        {
            return View(await PageAsync(id, form, shared, IsLockedOut(user), cancellationToken));
        }

        if (!shared)
        {
            // The account is global: only an organisation that has it alone may change who it is.
            user.DisplayName = form.DisplayName.Trim();
            user.Email = user.UserName = form.Email.Trim();
            user.NormalizedEmail = user.NormalizedUserName = users.NormalizeEmail(user.Email);
        }

        db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = form.ConcurrencyStamp;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        Apply(form, membership);
        var conflict = await TrySaveAsync(membership, form.Version, cancellationToken);
        if (conflict is not null)
        {
            db.ChangeTracker.Clear();
            var theirs = UserForm.From((await LoadAsync(id, cancellationToken))!);
            await PageAsync(id, form, shared, IsLockedOut(user), cancellationToken);
            form.ConcurrencyStamp = theirs.ConcurrencyStamp;
            ModelState.Remove(nameof(form.ConcurrencyStamp));
            return this.ConflictView("Edit", form, theirs, conflict);
        }

        if (!shared && !string.IsNullOrEmpty(form.Password))
        {
            var reset = await users.RemovePasswordAsync(user);
            reset = reset.Succeeded ? await users.AddPasswordAsync(user, form.Password) : reset;
            if (!reset.Succeeded)
            {
                AddErrors(reset, nameof(form.Password));
                return View(await PageAsync(id, UserForm.From((await LoadAsync(id, cancellationToken))!), shared, IsLockedOut(user), cancellationToken));
            }
        }

        TempData["Flash"] = text["The user has been saved."].Value;
        return Redirect($"/admin/users/{id}");
    }

    [HttpPost("{id:guid}/unlock")]
    public async Task<IActionResult> Unlock(Guid id, CancellationToken cancellationToken)
    {
        var membership = await LoadAsync(id, cancellationToken);
        if (membership is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(membership.User!, null);
        await users.ResetAccessFailedCountAsync(membership.User!);
        TempData["Flash"] = text["The account has been unlocked."].Value;
        return Redirect($"/admin/users/{id}");
    }

    private Guid? CurrentUserId => Guid.TryParse(users.GetUserId(User), out var id) ? id : null;

    private Task<Membership?> LoadAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Memberships.Include(m => m.User).Include(m => m.ManagedServices).Include(m => m.ReferentSites)
            .FirstOrDefaultAsync(m => m.UserId == userId, cancellationToken);

    // Deliberately across organisations, for one user: does anyone else share this account?
    private Task<bool> IsSharedAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == userId && m.OrganisationId != organisation.OrganisationId, cancellationToken);

    private static bool IsLockedOut(User user) => user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;

    private async Task<ConcurrencyConflictException?> TrySaveAsync(Membership membership, int versionRead, CancellationToken cancellationToken)
    {
        try
        {
            return await db.TrySaveAsync(membership, versionRead, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The account row (shared across organisations) changed, not the membership.
            return new ConcurrencyConflictException(null, null);
        }
    }

    private static void Apply(UserForm form, Membership membership)
    {
        membership.Roles = [.. form.Roles.Distinct().Order()];
        membership.IsActive = form.IsActive;
        var services = form.Roles.Contains(Roles.ServiceManager) ? form.ManagedServiceIds.Distinct().ToList() : [];
        var sites = form.Roles.Contains(Roles.Referent) ? form.ReferentSiteIds.Distinct().ToList() : [];
        membership.ManagedServices.RemoveAll(s => !services.Contains(s.ServiceId));
        membership.ManagedServices.AddRange(services.Where(id => membership.ManagedServices.All(s => s.ServiceId != id))
            .Select(id => new ManagedService { ServiceId = id }));
        membership.ReferentSites.RemoveAll(s => !sites.Contains(s.SiteId));
        membership.ReferentSites.AddRange(sites.Where(id => membership.ReferentSites.All(s => s.SiteId != id))
            .Select(id => new ReferentSite { SiteId = id }));
    }

    private async Task ValidateAssignmentsAsync(UserForm form, CancellationToken cancellationToken)
    {
        if (form.Roles.Count == 0)
        {
            ModelState.AddModelError(nameof(form.Roles), text["Choose at least one role."]);
        }

        if (form.Roles.Any(r => !Roles.IsKnown(r)))
        {
            ModelState.AddModelError(nameof(form.Roles), text["Unknown role."]);
        }

        if (form.Roles.Contains(Roles.ServiceManager) && form.ManagedServiceIds.Count == 0)
        {
            ModelState.AddModelError(nameof(form.ManagedServiceIds), text["A technical service manager manages at least one service."]);
        }

        if (form.Roles.Contains(Roles.Referent) && form.ReferentSiteIds.Count == 0)
        {
            ModelState.AddModelError(nameof(form.ReferentSiteIds), text["A referent answers for at least one site."]);
        }

        // Ids come from the browser: they must be this organisation's (the filter hides every other one).
        var services = form.ManagedServiceIds.Distinct().ToList();
        if (await db.Services.CountAsync(s => services.Contains(s.Id), cancellationToken) != services.Count)
        {
            ModelState.AddModelError(nameof(form.ManagedServiceIds), text["Unknown service."]);
        }

        var sites = form.ReferentSiteIds.Distinct().ToList();
        if (await db.Sites.CountAsync(s => sites.Contains(s.Id), cancellationToken) != sites.Count)
        {
            ModelState.AddModelError(nameof(form.ReferentSiteIds), text["Unknown site."]);
        }
    }

    private async Task<UserForm> PageAsync(Guid? id, UserForm form, bool shared, bool lockedOut, CancellationToken cancellationToken)
    {
        form.UserId = id;
        form.AccountShared = shared;
        form.LockedOut = lockedOut;
        form.ServiceChoices = await db.Services.AsNoTracking().OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name)).ToListAsync(cancellationToken);
        form.SiteChoices = await db.Sites.AsNoTracking().OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name)).ToListAsync(cancellationToken);
        return form;
    }

    private void AddErrors(IdentityResult result, string field)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(field, error.Description);
        }
    }
}
