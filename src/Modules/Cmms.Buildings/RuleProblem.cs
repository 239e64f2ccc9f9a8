using System.Globalization;
using Cmms.Kernel.Geo;
using Microsoft.Extensions.Localization;

namespace Cmms.Buildings;

/// <summary>
/// A rule broken by an input: the field it concerns and an English text key with its arguments. Pages and the
/// import's dry run show it in the person's language; the API answers the English text, as the rest of the API.
/// </summary>
internal sealed record RuleProblem(string Field, string Message, params object[] Arguments)
{
    /// <summary>In the person's language: the module's texts first, then the kernel's (the geometry reasons).</summary>
    public string Format(IStringLocalizer text, IStringLocalizer common)
    {
        var arguments = Message == GeometryCheck.WrongKind
            ? [.. Arguments.Select(a => a is string kind ? common[kind].Value : a)]
            : Arguments;
        var own = text[Message, arguments];
        return own.ResourceNotFound ? common[Message, arguments] : own;
    }

    public string English => Arguments.Length == 0 ? Message : string.Format(CultureInfo.InvariantCulture, Message, Arguments);
}
