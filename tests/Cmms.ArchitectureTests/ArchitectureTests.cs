using System.Reflection;
using Cmms.Directory;
using Microsoft.AspNetCore.Razor.Hosting;

namespace Cmms.ArchitectureTests;

public sealed class ArchitectureTests
{
    /// <summary>Every module assembly: add each new module here (the test below checks none is forgotten).</summary>
    private static readonly Assembly[] Modules = [typeof(DirectoryModule).Assembly, typeof(Cmms.Works.WorksModule).Assembly, typeof(Cmms.Fleet.FleetModule).Assembly, typeof(Cmms.Buildings.BuildingsModule).Assembly, typeof(Cmms.Gis.GisModule).Assembly, typeof(Cmms.GreenSpaces.GreenSpacesModule).Assembly, typeof(Cmms.Roads.RoadsModule).Assembly, typeof(Cmms.Stock.StockModule).Assembly, typeof(Cmms.Costs.CostsModule).Assembly];

    private static readonly string[] NotModules = ["Cmms.Web", "Cmms.Kernel", "Cmms.Database", "Cmms.Database.Sqlite", "Cmms.Database.PostgreSql", "Cmms.Database.SqlServer"];

    [Fact]
    public void Every_module_the_host_loads_is_checked()
    {
        var loaded = typeof(Program).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Cmms.", StringComparison.Ordinal) && !NotModules.Contains(n))
            .Order();

        Assert.Equal(Modules.Select(m => m.GetName().Name!).Order(), loaded);
    }

    [Fact]
    public void No_module_uses_another_modules_types_outside_its_contract()
    {
        var violations = Modules.SelectMany(m => ModuleBoundaries.Violations(m, Modules)).ToList();

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void The_boundary_check_catches_a_module_reaching_into_another()
    {
        // This test assembly plays a module that uses Directory's internals on purpose (DeliberateViolation below).
        var violations = ModuleBoundaries.Violations(typeof(ArchitectureTests).Assembly, [.. Modules, typeof(ArchitectureTests).Assembly]);

        Assert.Contains(violations, v => v.Contains("Cmms.Directory.Agents.RateRules", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("Cmms.Directory.Contracts.", StringComparison.Ordinal));
    }

    [Fact]
    public void Modules_depend_on_neither_the_host_nor_the_database_project()
    {
        foreach (var module in Modules)
        {
            var references = module.GetReferencedAssemblies().Select(a => a.Name).ToList();
            Assert.DoesNotContain("Cmms.Web", references);
            Assert.DoesNotContain("Cmms.Database", references);
        }
    }

    [Fact]
    public void A_module_opens_its_internals_to_no_other_module()
    {
        var moduleNames = Modules.Select(m => m.GetName().Name!).ToHashSet();
        foreach (var module in Modules)
        {
            var friends = module.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName);
            Assert.DoesNotContain(friends, moduleNames.Contains);
        }
    }

    [Fact]
    public void No_two_modules_compile_a_view_at_the_same_path()
    {
        // Views sit beside their controllers (/Agents/Index.cshtml): two modules with the same folder would shadow each other.
        var views = Modules.Append(typeof(Program).Assembly)
            .SelectMany(a => a.GetCustomAttributes<RazorCompiledItemAttribute>().Select(v => (Assembly: a.GetName().Name, v.Identifier)))
            .GroupBy(v => v.Identifier, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1 && !g.Key.EndsWith("_ViewImports.cshtml", StringComparison.OrdinalIgnoreCase) && !g.Key.EndsWith("_ViewStart.cshtml", StringComparison.OrdinalIgnoreCase))
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(v => v.Assembly))}")
            .ToList();

        Assert.True(views.Count == 0, string.Join("\n", views));
    }
}

/// <summary>A deliberate violation for the boundary check to find: never copy this into a module.</summary>
internal static class DeliberateViolation
{
    public static string? Use() => Directory.Agents.RateRules.RefusalToRemove(DateOnly.MinValue, DateOnly.MaxValue);

    public static bool UseContract() => Directory.Contracts.UserScope.Nothing.AllSites;
}
