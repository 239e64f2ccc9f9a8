using System.ComponentModel.DataAnnotations;
using Cmms.Directory.Users;
using Cmms.Kernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Cmms.Directory.Account;

public sealed class LoginForm
{
    [Required, EmailAddress, Display(Name = "E-mail address")]
    public string Email { get; set; } = string.Empty;

    [Required, DataType(DataType.Password), Display(Name = "Password")]
    public string Password { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}

public sealed class PasswordForm
{
    [Required, DataType(DataType.Password), Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = string.Empty;

    [Required, DataType(DataType.Password), Display(Name = "New password")]
    public string NewPassword { get; set; } = string.Empty;

    [Required, DataType(DataType.Password), Compare(nameof(NewPassword)), Display(Name = "Confirm the new password")]
    public string ConfirmPassword { get; set; } = string.Empty;
}

[Route("account")]
public sealed class AccountController(
    SignInManager<User> signIn,
    UserManager<User> users,
    DbContext db,
    IStringLocalizer<Text> text,
    ILogger<AccountController> logger) : Controller
{
    [AllowAnonymous, HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // Checked only after the password, so the answer never tells a stranger that an address exists.
            if ((await MyOrganisations.ForUserAsync(db, user!.Id, cancellationToken)).Count == 0)
            {
                await signIn.SignOutAsync();
                ModelState.AddModelError(string.Empty, text["Your account is not attached to any active organisation. Contact your administrator."]);
                return View(form);
            }

            Log.SignedIn(logger, user.Id);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/");
        }

        if (result.IsLockedOut)
        {
            Log.LockedOut(logger, user!.Id);
            ModelState.AddModelError(string.Empty, text["Too many failed attempts: your account is locked for 15 minutes. An administrator can unlock it sooner."]);
        }
        else
        {
            // Same message whether the address exists or not: the form must not reveal who has an account.
            ModelState.AddModelError(string.Empty, text["Wrong e-mail address or password."]);
        }

        return View(form);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return Redirect("/account/login");
    }

    [AllowAnonymous, HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
        return View();
    }

    /// <summary>Acts for another organisation the person belongs to: the cookie is re-issued with that organisation's roles.</summary>
    [HttpPost("organisation")]
    public async Task<IActionResult> SwitchOrganisation(Guid organisationId, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var choices = await MyOrganisations.ForUserAsync(db, user.Id, cancellationToken);
        if (choices.All(o => o.Id != organisationId))
        {
            return Forbid();
        }

        user.CurrentOrganisationId = organisationId;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return Redirect("/");
    }

    [HttpGet("password")]
    public IActionResult Password() => View(new PasswordForm());

    [HttpPost("password")]
    public async Task<IActionResult> Password(PasswordForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Mismatch", StringComparison.Ordinal) ? nameof(form.CurrentPassword) : nameof(form.NewPassword), error.Description);
            }

            return View(new PasswordForm());
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Flash"] = text["Your password has been changed."].Value;
        return Redirect("/");
    }
}

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed in")]
    public static partial void SignedIn(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} is locked out after repeated failed sign-ins")]
    public static partial void LockedOut(ILogger logger, Guid userId);
}
