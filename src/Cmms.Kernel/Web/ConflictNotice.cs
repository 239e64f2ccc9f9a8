using System.Globalization;
using System.Reflection;
using Cmms.Kernel.Domain;
using Cmms.Kernel.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cmms.Kernel.Web;

/// <summary>A form that edits a versioned row carries the version it was read at.</summary>
public interface IVersionedForm
{
    int Version { get; set; }
}

/// <summary>One field that someone else changed while this person was editing.</summary>
public sealed record ConflictingField(string Field, string? TheirValue, string? YourValue);

/// <summary>
/// What the second of two editors is shown: their own input kept in the form, the other person's
/// values beside it, and the form re-armed with the current version so a second save is deliberate.
/// </summary>
public sealed record ConflictNotice(string? ChangedBy, DateTime? ChangedAtParis, IReadOnlyList<ConflictingField> Fields)
{
    public const string ViewDataKey = "ConflictNotice";

    public static ConflictNotice Compare<TForm>(TForm yours, TForm theirs, ConcurrencyConflictException conflict, Func<PropertyInfo, string> label)
        where TForm : class
    {
        var fields = typeof(TForm).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.Name != nameof(IVersionedForm.Version) && p.GetCustomAttribute<BindNeverAttribute>() is null
                && p.GetCustomAttribute<System.ComponentModel.DataAnnotations.DataTypeAttribute>()?.DataType != System.ComponentModel.DataAnnotations.DataType.Password)
            .Select(p => (Property: p, Yours: Show(p.GetValue(yours)), Theirs: Show(p.GetValue(theirs))))
            .Where(f => f.Yours != f.Theirs)
            .Select(f => new ConflictingField(label(f.Property), f.Theirs, f.Yours))
            .ToList();
        return new ConflictNotice(conflict.ChangedBy, conflict.ChangedAtUtc is { } at ? ParisTime.FromUtc(at) : null, fields);
    }

    private static string? Show(object? value) => value switch
    {
        null => null,
        string s => s,
        System.Collections.IEnumerable list => string.Join(", ", list.Cast<object>().Select(o => Convert.ToString(o, CultureInfo.CurrentCulture)).Order()),
        _ => Convert.ToString(value, CultureInfo.CurrentCulture),
    };
}

public static class ConflictNoticeExtensions
{
    /// <summary>Re-displays <paramref name="yours"/> with the conflict explained, armed with the current version.</summary>
    public static ViewResult ConflictView<TForm>(this Controller controller, string viewName, TForm yours, TForm theirs, ConcurrencyConflictException conflict)
        where TForm : class, IVersionedForm
    {
        var notice = ConflictNotice.Compare(yours, theirs, conflict, p =>
            controller.MetadataProvider.GetMetadataForProperty(typeof(TForm), p.Name).DisplayName ?? p.Name);
        yours.Version = theirs.Version;
        controller.ModelState.Remove(nameof(IVersionedForm.Version));
        controller.ViewData[ConflictNotice.ViewDataKey] = notice;
        return controller.View(viewName, yours);
    }
}
