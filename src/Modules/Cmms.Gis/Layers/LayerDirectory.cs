using Cmms.Kernel;
using Cmms.Kernel.Geo;
using Microsoft.Extensions.Localization;

namespace Cmms.Gis.Layers;

/// <summary>
/// Every feature layer the host registered (trees, street lights, buildings…), found by id, with the
/// names of their attributes in the user's language (see <see cref="ModuleTexts"/>).
/// </summary>
internal sealed class LayerDirectory(IEnumerable<IFeatureLayer> layers, ModuleTexts texts)
{
    /// <summary>The layers in the order people read them: by their title.</summary>
    public IReadOnlyList<IFeatureLayer> All { get; } =
        [.. layers.GroupBy(l => l.Id, StringComparer.Ordinal).Select(g => g.First()).OrderBy(l => l.Title, StringComparer.CurrentCulture)];

    public IFeatureLayer? Find(string? id) => All.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.Ordinal));

    /// <summary>The attribute's name as the owning module words it ("Hauteur (m)").</summary>
    public string Label(IFeatureLayer layer, FeatureField field) => texts.Of(layer.GetType())[field.Label].Value;
}

/// <summary>
/// The words of the module that owns a layer or a register: field labels are English keys that the owning
/// module translates in its own <c>Text</c> resources ("&lt;Assembly&gt;.Text", the convention the host's
/// forms follow too); the kernel's shared words come next.
/// </summary>
internal sealed class ModuleTexts(IStringLocalizerFactory localizers)
{
    private readonly Dictionary<Type, IStringLocalizer> texts = [];

    public IStringLocalizer Of(Type owner)
    {
        if (!texts.TryGetValue(owner, out var text))
        {
            var moduleText = owner.Assembly.GetType($"{owner.Assembly.GetName().Name}.Text");
            var common = localizers.Create(typeof(CommonText));
            text = moduleText is null ? common : new FirstFound(localizers.Create(moduleText), common);
            texts[owner] = text;
        }

        return text;
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
