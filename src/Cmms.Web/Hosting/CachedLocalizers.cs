using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cmms.Web.Hosting;

/// <summary>
/// The resource files' texts, remembered per language once read. The resource manager takes a process-wide lock
/// on every lookup and walks the culture's fallbacks each time; a page asks for a hundred texts, so under load the
/// requests queued on that lock (a profile of the home page put a tenth of its time there).
/// </summary>
internal sealed class CachingStringLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggers) : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory inner = new(options, loggers);
    private readonly ConcurrentDictionary<Type, IStringLocalizer> byType = new();
    private readonly ConcurrentDictionary<(string BaseName, string Location), IStringLocalizer> byName = new();

    public IStringLocalizer Create(Type resourceSource) =>
        byType.GetOrAdd(resourceSource, static (type, factory) => new CachingStringLocalizer(factory.Create(type)), inner);

    public IStringLocalizer Create(string baseName, string location) =>
        byName.GetOrAdd((baseName, location), static (key, factory) => new CachingStringLocalizer(factory.Create(key.BaseName, key.Location)), inner);
}

internal sealed class CachingStringLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    // Keys are the English texts written in code; a key built from data (a value that is no resource) is still
    // answered, only no longer remembered past this many, so memory stays bounded whatever is asked.
    private const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> strings = new();

    public LocalizedString this[string name]
    {
        get
        {
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (strings.TryGetValue(key, out var known))
            {
                return known;
            }

            var found = inner[name];
            if (strings.Count < MaxEntries)
            {
                strings.TryAdd(key, found);
            }

            return found;
        }
    }

    /// <summary>Formatted as the resource manager's localizer does: the current culture's numbers and dates.</summary>
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}
