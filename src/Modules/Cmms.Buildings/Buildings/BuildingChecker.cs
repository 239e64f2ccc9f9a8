using System.Text.RegularExpressions;
using Cmms.Buildings.Shapes;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Geo;

namespace Cmms.Buildings.Buildings;

/// <summary>A building's input once every check passed: what is written.</summary>
internal sealed record BuildingValues(
    SiteInfo Site, string Code, string Name, string? Address, NetTopologySuite.Geometries.Geometry Geometry, double? Surface, int? YearBuilt,
    int? ErpCategory, ErpType? ErpType, int? ErpCapacity)
{
    public void ApplyTo(Building building)
    {
        building.SiteId = Site.Id;
        building.Code = Code;
        building.Name = Name;
        building.Address = Address;
        building.Place(Geometry, Surface);
        building.YearBuilt = YearBuilt;
        building.ErpCategory = ErpCategory;
        building.ErpType = ErpType;
        building.ErpCapacity = ErpCapacity;
        building.Index();
    }
}

/// <summary>
/// Every check a building passes, whichever way it comes (form, API, import): a site the person may use, a code
/// unique in the organisation, a geometry that is a footprint or a point (or, when none is given, the site's
/// position), a coherent ERP classification. The caller loads the sites and the codes already taken once.
/// </summary>
internal sealed partial class BuildingChecker(IReadOnlyList<SiteInfo> sites, UserScope scope, ISet<string> takenCodes, int currentYear)
{
    public (BuildingValues? Values, IReadOnlyList<RuleProblem> Problems) Check(BuildingInput input)
    {
        var problems = new List<RuleProblem>();
        var site = input.SiteId is { } siteId && scope.CanSeeSite(siteId) ? sites.FirstOrDefault(s => s.Id == siteId) : null;
        if (site is null)
        {
            problems.Add(new("SiteId", "Choose a site from the list."));
        }

        var code = input.Code?.Trim().ToUpperInvariant() ?? string.Empty;
        if (!CodePattern().IsMatch(code))
        {
            problems.Add(new("Code", "Give a code of capital letters, digits and dashes (at most 30)."));
        }
        else if (takenCodes.Contains(code))
        {
            problems.Add(new("Code", "Another building already has this code."));
        }

        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 200)
        {
            problems.Add(new("Name", "Give the building a name (at most 200 characters)."));
        }

        var address = string.IsNullOrWhiteSpace(input.Address) ? null : input.Address.Trim();
        if (address is { Length: > 300 })
        {
            problems.Add(new("Address", "The address has at most 300 characters."));
        }

        ErpType? type = null;
        if (!string.IsNullOrWhiteSpace(input.ErpType))
        {
            if (Enum.TryParse<ErpType>(input.ErpType.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(input.ErpType, out _))
            {
                type = parsed;
            }
            else
            {
                problems.Add(new("ErpType", "Unknown ERP type: use a letter of the regulation (J, L, M, N, O, P, R, S, T, U, V, W, X, Y, PA, CTS, SG, PS, GA, OA, EF, REF)."));
            }
        }

        var unreadableType = type is null && !string.IsNullOrWhiteSpace(input.ErpType);
        if (!unreadableType)
        {
            // An unreadable type is already explained; the classification is checked once the type is known.
            problems.AddRange(ErpRules.Problems(input.ErpCategory, type, input.ErpCapacity));
        }

        if (input.YearBuilt is { } year && (year < 1000 || year > currentYear + 5))
        {
            problems.Add(new("YearBuilt", "The year built is between 1000 and {0}.", currentYear + 5));
        }

        if (input.Surface is { } surface && (surface <= 0 || surface > 1_000_000 || !double.IsFinite(surface)))
        {
            problems.Add(new("Surface", "The surface is a number of square metres above 0."));
        }

        var geometry = GeometryOf(input, site, problems);
        return problems.Count > 0
            ? (null, problems)
            : (new BuildingValues(site!, code, name, address, geometry!, input.Surface, input.YearBuilt, input.ErpCategory, type, input.ErpCapacity), problems);
    }

    /// <summary>The footprint or point given; with none, the site's position (a building nobody drew yet).</summary>
    private static NetTopologySuite.Geometries.Geometry? GeometryOf(BuildingInput input, SiteInfo? site, List<RuleProblem> problems)
    {
        GeometryRead read;
        if (input.Geometry is not null)
        {
            read = GeometryInput.Check(input.Geometry, GeometryKind.PointOrPolygon, Building.MaxSpan);
        }
        else if (!string.IsNullOrWhiteSpace(input.GeometryText))
        {
            read = GeometryInput.Read(input.GeometryText, GeometryKind.PointOrPolygon, Building.MaxSpan);
        }
        else if (site is { Latitude: { } lat, Longitude: { } lon })
        {
            return Wgs84.Point(lon, lat);
        }
        else
        {
            if (site is not null)
            {
                problems.Add(new("Geometry", "Draw the building or place it on the map: its site has no position to fall back on."));
            }

            return null;
        }

        if (read.Problem("Geometry") is { } problem)
        {
            problems.Add(problem);
        }

        return read.Geometry;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,29}$")]
    private static partial Regex CodePattern();
}
