using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Cmms.Kernel.Import;

/// <summary>
/// Reads one mapped row of an inventory file the way a French spreadsheet writes it: "12,5" or "12.5",
/// "15/04/2019" or "2019-04-15", "oui"/"non", and a list's value by its name or its label ("Bon", "Good").
/// Each read that fails adds the reason, in the user's language, to <see cref="Problems"/>: the messages are the
/// kernel's (<paramref name="text"/>), the field and option labels the register's own (<paramref name="names"/>, where
/// an option is named "TreeHealth.Good").
/// </summary>
public sealed class ImportValues(ImportRow row, IStringLocalizer names, IStringLocalizer<CommonText> text)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public List<string> Problems { get; } = [];

    public string? Text(string field, int maxLength)
    {
        var value = row.Values.GetValueOrDefault(field)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            Problems.Add(text["{0}: at most {1} characters.", names[Label(field)], maxLength]);
            return null;
        }

        return value;
    }

    public int? Whole(string field, int min, int max)
    {
        var value = Text(field, 50);
        if (value is null)
        {
            return null;
        }

        if (decimal.TryParse(Compact(value), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == Math.Round(number) && number >= min && number <= max)
        {
            return (int)number;
        }

        Problems.Add(text["{0}: “{1}” is not a whole number between {2} and {3}.", names[Label(field)], value, min, max]);
        return null;
    }

    public decimal? Number(string field, decimal min, decimal max)
    {
        var value = Text(field, 50);
        if (value is null)
        {
            return null;
        }

        if (decimal.TryParse(Compact(value), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        Problems.Add(text["{0}: “{1}” is not a number between {2} and {3}.", names[Label(field)], value, min, max]);
        return null;
    }

    public DateOnly? Date(string field)
    {
        var value = Text(field, 50);
        if (value is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-ddTHH:mm:ss", "dd/MM/yyyy HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];
        if (DateTime.TryParseExact(value, formats, French, DateTimeStyles.None, out var moment))
        {
            return DateOnly.FromDateTime(moment);
        }

        Problems.Add(text["{0}: “{1}” is not a date (15/04/2019 or 2019-04-15).", names[Label(field)], value]);
        return null;
    }

    public bool? Flag(string field)
    {
        var value = Text(field, 10);
        switch (value?.ToLowerInvariant())
        {
            case null:
                return null;
            case "oui" or "o" or "yes" or "y" or "vrai" or "true" or "1" or "x":
                return true;
            case "non" or "n" or "no" or "faux" or "false" or "0":
                return false;
            default:
                Problems.Add(text["{0}: “{1}” is neither yes nor no.", names[Label(field)], value]);
                return null;
        }
    }

    /// <summary>A value of <typeparamref name="TEnum"/> by its name or its label in the user's language (case and accents ignored).</summary>
    public TEnum? Choice<TEnum>(string field)
        where TEnum : struct, Enum
    {
        var value = Text(field, 100);
        if (value is null)
        {
            return null;
        }

        var wanted = Assets.SearchText.Normalise(value);
        foreach (var option in Enum.GetValues<TEnum>())
        {
            if (Assets.SearchText.Normalise(option.ToString()) == wanted
                || Assets.SearchText.Normalise(names[$"{typeof(TEnum).Name}.{option}"]) == wanted)
            {
                return option;
            }
        }

        Problems.Add(text["{0}: “{1}” is not one of: {2}.", names[Label(field)], value,
            string.Join(", ", Enum.GetValues<TEnum>().Select(o => names[$"{typeof(TEnum).Name}.{o}"].Value))]);
        return null;
    }

    /// <summary>
    /// A number as written in French: the decimal comma made a point, the thousands' spaces taken out — including the
    /// no-break and narrow no-break spaces a French spreadsheet puts there ("1 234,5").
    /// </summary>
    private static string Compact(string value) =>
        value.Replace(',', '.').Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal);

    /// <summary>The English label of an import field (the register's own list), for the messages.</summary>
    public Func<string, string> Label { get; init; } = field => field;
}
