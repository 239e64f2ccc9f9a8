using Cmms.Gis.Layers;
using Cmms.Kernel.Import;

namespace Cmms.Gis.Import;

/// <summary>Every register that accepts imports (trees, street lights, vehicles…), and its fields in the person's words.</summary>
internal sealed class RegisterDirectory(IEnumerable<IRegisterImport> registers, ModuleTexts texts)
{
    public IReadOnlyList<IRegisterImport> All { get; } =
        [.. registers.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.First()).OrderBy(r => r.Title, StringComparer.CurrentCulture)];

    public IRegisterImport? Find(string? id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    public string Label(IRegisterImport register, ImportField field) => texts.Of(register.GetType())[field.Label].Value;
}
