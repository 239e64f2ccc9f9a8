using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Cmms.ArchitectureTests;

/// <summary>
/// Reads an assembly's metadata (every type it mentions, method bodies included) and lists the types
/// of other modules it uses that are not in their public contract (<c>Cmms.&lt;Module&gt;.Contracts</c>).
/// </summary>
public static class ModuleBoundaries
{
    public static IReadOnlyList<string> Violations(Assembly consumer, IReadOnlyCollection<Assembly> modules)
    {
        var others = modules.Where(m => m != consumer).Select(m => m.GetName().Name!).ToHashSet();
        using var stream = File.OpenRead(consumer.Location);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var violations = new List<string>();
        foreach (var handle in md.TypeReferences)
        {
            var type = md.GetTypeReference(handle);
            var scope = OutermostScope(md, type);
            if (scope.Kind != HandleKind.AssemblyReference)
            {
                continue;
            }

            var assembly = md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
            if (!others.Contains(assembly))
            {
                continue;
            }

            var ns = md.GetString(OutermostType(md, type).Namespace);
            if (ns != $"{assembly}.Contracts" && !ns.StartsWith($"{assembly}.Contracts.", StringComparison.Ordinal))
            {
                violations.Add($"{consumer.GetName().Name} uses {ns}.{md.GetString(type.Name)} of {assembly}");
            }
        }

        return violations;
    }

    private static TypeReference OutermostType(MetadataReader md, TypeReference type)
    {
        while (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            type = md.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
        }

        return type;
    }

    private static EntityHandle OutermostScope(MetadataReader md, TypeReference type) => OutermostType(md, type).ResolutionScope;
}
