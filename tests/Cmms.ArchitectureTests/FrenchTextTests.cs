using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cmms.Testing;

namespace Cmms.ArchitectureTests;

/// <summary>
/// The interface speaks French first: every English text key the code uses must have its French
/// translation in the resources of the assembly that shows it (or the kernel's shared words).
/// </summary>
public sealed partial class FrenchTextTests
{
    private static readonly string Root = Repository.Root;

    /// <summary>Project folder → its French resource file.</summary>
    private static readonly (string Project, string Resx)[] Projects =
    [
        ("src/Cmms.Web", "src/Cmms.Web/Resources/Text.fr.resx"),
        ("src/Modules/Cmms.Directory", "src/Modules/Cmms.Directory/Resources/Text.fr.resx"),
        ("src/Modules/Cmms.Works", "src/Modules/Cmms.Works/Resources/Text.fr.resx"),
        ("src/Modules/Cmms.Fleet", "src/Modules/Cmms.Fleet/Resources/Text.fr.resx"),
        ("src/Modules/Cmms.Buildings", "src/Modules/Cmms.Buildings/Resources/Text.fr.resx"),
        ("src/Modules/Cmms.Gis", "src/Modules/Cmms.Gis/Resources/Text.fr.resx"),
        ("src/Modules/Cmms.GreenSpaces", "src/Modules/Cmms.GreenSpaces/Resources/Text.fr.resx"),
        ("src/Modules/Cmms.Roads", "src/Modules/Cmms.Roads/Resources/Text.fr.resx"),
        ("src/Modules/Cmms.Stock", "src/Modules/Cmms.Stock/Resources/Text.fr.resx"),
        ("src/Modules/Cmms.Costs", "src/Modules/Cmms.Costs/Resources/Text.fr.resx"),

        // The kernel's own texts (import messages, register pages) are its shared words.
        ("src/Cmms.Kernel", "src/Cmms.Kernel/Resources/CommonText.fr.resx"),
    ];

    private const string Common = "src/Cmms.Kernel/Resources/CommonText.fr.resx";

    public static TheoryData<string> ProjectFolders => [.. Projects.Select(p => p.Project)];

    [Theory]
    [MemberData(nameof(ProjectFolders))]
    public void Every_text_of_a_project_has_its_french(string project)
    {
        var own = Keys(Projects.Single(p => p.Project == project).Resx);
        var common = Keys(Common);
        var missing = new List<string>();
        foreach (var file in Sources(project))
        {
            var source = File.ReadAllText(file);
            foreach (var key in ModuleKeys(source).Where(k => !own.Contains(k) && !common.Contains(k)))
            {
                missing.Add($"{Path.GetRelativePath(Root, file)}: \"{key}\"");
            }

            foreach (var key in CommonKey().Matches(source).Select(m => Unescape(m.Groups[1].Value)).Where(k => !common.Contains(k)))
            {
                missing.Add($"{Path.GetRelativePath(Root, file)}: C[\"{key}\"] (kernel CommonText)");
            }
        }

        Assert.True(missing.Count == 0, "Texts with no French translation:\n" + string.Join("\n", missing.Distinct()));
    }

    [Fact]
    public void The_check_finds_a_text_with_no_french()
    {
        Assert.Contains("A text nobody translated", ModuleKeys("""<h1>@T["A text nobody translated"]</h1>"""));
        Assert.DoesNotContain("A text nobody translated", Keys("src/Modules/Cmms.Directory/Resources/Text.fr.resx"));
    }

    [Fact]
    public void No_french_entry_is_left_empty()
    {
        foreach (var resx in Projects.Select(p => p.Resx).Append(Common))
        {
            var empty = XDocument.Load(Path.Combine(Root, resx)).Root!.Elements("data")
                .Where(d => string.IsNullOrWhiteSpace(d.Element("value")?.Value)).Select(d => d.Attribute("name")!.Value).ToList();
            Assert.True(empty.Count == 0, $"{resx}: {string.Join(", ", empty)}");
        }
    }

    private static IEnumerable<string> ModuleKeys(string source) =>
        new[] { ModuleKey(), LocalizerKey(), DisplayName(), ErrorMessage(), NavItemText(), HomeTileTitle(), RuleMessage() }
            .SelectMany(p => p.Matches(source))
            .SelectMany(m => m.Groups.Cast<Group>().Skip(1).Where(g => g.Success))
            .Select(g => Unescape(g.Value))
            .Where(k => !k.EndsWith('.'.ToString(), StringComparison.Ordinal) || k.Contains(' ', StringComparison.Ordinal));

    private static HashSet<string> Keys(string resx) =>
        XDocument.Load(Path.Combine(Root, resx)).Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();

    private static IEnumerable<string> Sources(string project) =>
        System.IO.Directory.EnumerateFiles(Path.Combine(Root, project), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Unescape(string key) => key.Replace("\\\"", "\"", StringComparison.Ordinal);

    [GeneratedRegex("""\bT\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex ModuleKey();

    [GeneratedRegex("""\btext\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex("""\bC\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex CommonKey();

    [GeneratedRegex("""Display\(Name = "([^"]*)"\)""")]
    private static partial Regex DisplayName();

    [GeneratedRegex("""ErrorMessage = "([^"]*)"\)""")]
    private static partial Regex ErrorMessage();

    [GeneratedRegex("""new\("([^"]+)", "([^"]+)", "/""")]
    private static partial Regex NavItemText();

    [GeneratedRegex("""new HomeTile\((?:[^"(]*\? )?"([^"]+)"(?: : "([^"]+)")?""")]
    private static partial Regex HomeTileTitle();

    [GeneratedRegex("""(?:return|yield return \(nameof\(\w+\),) "([A-Z][^"]+\.)"\)?;""")]
    private static partial Regex RuleMessage();
}
