using System.ComponentModel.DataAnnotations;
using Cmms.Kernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cmms.Web.Hosting;

/// <summary>
/// Field names and messages of a form come from its module's texts first, then from the words
/// every page shares, so a module translates only what is its own.
/// </summary>
internal static class ModuleLocalizers
{
    public static IStringLocalizer ForType(Type modelType, IStringLocalizerFactory factory)
    {
        var moduleText = modelType.Assembly.GetType($"{modelType.Assembly.GetName().Name}.Text");
        var common = factory.Create(typeof(CommonText));
        return moduleText is null ? common : new FirstFound(factory.Create(moduleText), common);
    }

    private sealed class FirstFound(IStringLocalizer first, IStringLocalizer second) : IStringLocalizer
    {
        public LocalizedString this[string name] => first[name] is { ResourceNotFound: false } found ? found : second[name];

        public LocalizedString this[string name, params object[] arguments] =>
            first[name, arguments] is { ResourceNotFound: false } found ? found : second[name, arguments];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
            first.GetAllStrings(includeParentCultures).Concat(second.GetAllStrings(includeParentCultures));
    }
}

/// <summary>
/// Gives the framework's default validation and binding messages an English key so they come out
/// in French: attributes written without an ErrorMessage, and values that cannot be read.
/// </summary>
internal sealed class LocalizedValidationMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var text = factory.Create(typeof(CommonText));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(v => text["The value '{0}' is not valid.", v]);
        messages.SetAttemptedValueIsInvalidAccessor((v, f) => text["The value '{0}' is not valid for {1}.", v, f]);
        messages.SetValueMustNotBeNullAccessor(f => text["The {0} field is required.", f]);
        messages.SetMissingBindRequiredValueAccessor(f => text["The {0} field is required.", f]);
        messages.SetMissingKeyOrValueAccessor(() => text["A value is required."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(v => text["The value '{0}' is not valid.", v]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["The value is not valid."]);
        messages.SetUnknownValueIsInvalidAccessor(f => text["The value is not valid for {0}.", f]);
        messages.SetValueMustBeANumberAccessor(f => text["The field {0} must be a number.", f]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["The field must be a number."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["A value is required."]);
        options.ModelMetadataDetailsProviders.Add(new DefaultMessageKeys());
    }

    private sealed class DefaultMessageKeys : IValidationMetadataProvider
    {
        public void CreateValidationMetadata(ValidationMetadataProviderContext context)
        {
            foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
            {
                if (!HasFrameworkMessage(attribute))
                {
                    continue;
                }

                attribute.ErrorMessage = attribute switch
                {
                    RequiredAttribute => "The {0} field is required.",
                    StringLengthAttribute { MinimumLength: > 0 } => "{0} must be between {2} and {1} characters long.",
                    StringLengthAttribute => "{0} must be at most {1} characters long.",
                    MaxLengthAttribute => "{0} must be at most {1} characters long.",
                    RangeAttribute => "{0} must be between {1} and {2}.",
                    EmailAddressAttribute => "{0} is not a valid e-mail address.",
                    CompareAttribute => "{0} and {1} do not match.",
                    RegularExpressionAttribute => "{0} is not in the expected format.",
                    _ => attribute.ErrorMessage,
                };
            }
        }

        // Some attributes (EmailAddress…) report their built-in English text as ErrorMessage: compare with a fresh one.
        private static bool HasFrameworkMessage(ValidationAttribute attribute) =>
            attribute.ErrorMessageResourceName is null
            && (attribute.ErrorMessage is null
                || (attribute.GetType().GetConstructor(Type.EmptyTypes)?.Invoke(null) is ValidationAttribute fresh && fresh.ErrorMessage == attribute.ErrorMessage));
    }
}

/// <summary>Identity's password and account messages, in the person's language.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<CommonText> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), text["The password must be at least {0} characters long.", length]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), text["The password must contain a digit."]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), text["The password must contain a lower-case letter."]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), text["The password must contain an upper-case letter."]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), text["The password must contain a character that is neither a letter nor a digit."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), text["The current password is wrong."]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), text["Another account already uses this e-mail address."]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["Another account already uses this e-mail address."]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), text["This e-mail address is not valid."]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), text["The account was changed by someone else meanwhile: try again."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
