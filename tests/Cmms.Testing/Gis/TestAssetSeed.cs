using Cmms.Directory.Organisations;
using Cmms.Directory.Sites;
using Cmms.Kernel.Geo;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Cmms.Testing.Gis;

/// <summary>
/// The test assets of the demo: in the city, 40 plane trees and a lawn in the Parc de la Brune, 6 lime trees
/// and the yard of the Jules-Ferry school (a school referent's site), 4 street trees on no site; in the
/// agglomeration, 10 oaks and a lawn at its head office. Placed around the demo sites' real coordinates.
/// </summary>
public static class TestAssetSeed
{
    public const int CityTrees = 50;
    public const int ParkTrees = 40;
    public const int SchoolTrees = 6;
    public const int StreetTrees = 4;
    public const int AggloTrees = 10;

    public static async Task InsertAsync(DbContext db, Cmms.Kernel.Security.IOrganisationContext organisationContext)
    {
        var organisations = await db.Set<Organisation>().AsNoTracking().ToDictionaryAsync(o => o.Code, o => o.Id);
        var sites = await db.Set<Site>().IgnoreQueryFilters().AsNoTracking()
            .Select(s => new { s.OrganisationId, s.Code, s.Id, s.Latitude, s.Longitude }).ToListAsync();
        (Guid Id, double Lat, double Lon) Site(string organisation, string code)
        {
            var site = sites.Single(s => s.OrganisationId == organisations[organisation] && s.Code == code);
            return (site.Id, site.Latitude!.Value, site.Longitude!.Value);
        }

        var city = organisations["VALBRUNE"];
        var agglo = organisations["VALAGGLO"];
        var assets = new List<TestAsset>();
        var park = Site("VALBRUNE", "PARC-BRUNE");
        for (var i = 0; i < ParkTrees; i++)
        {
            assets.Add(Tree(city, park.Id, $"Paulownia du parc n°{i + 1}", "Paulownia tomentosa", park.Lat + ((i / 8) * 0.0003), park.Lon + ((i % 8) * 0.0004), i));
        }

        var school = Site("VALBRUNE", "EC-JFERRY");
        for (var i = 0; i < SchoolTrees; i++)
        {
            assets.Add(Tree(city, school.Id, $"Catalpa de l'école Jules-Ferry n°{i + 1}", "Catalpa bignonioides", school.Lat + 0.0002, school.Lon + (i * 0.0002), i));
        }

        var townHall = Site("VALBRUNE", "HDV");
        for (var i = 0; i < StreetTrees; i++)
        {
            assets.Add(Tree(city, null, $"Érable de la rue de la République n°{i + 1}", "Acer platanoides", townHall.Lat - 0.0005, townHall.Lon + (i * 0.0003), i));
        }

        assets.Add(Zone(city, park.Id, "Pelouse du parc de la Brune", park.Lat - 0.0002, park.Lon - 0.0002, 0.0028, 0.0035));
        assets.Add(Zone(city, school.Id, "Cour de l'école Jules-Ferry", school.Lat - 0.0002, school.Lon - 0.0002, 0.0006, 0.0015));

        var office = Site("VALAGGLO", "SIEGE");
        for (var i = 0; i < AggloTrees; i++)
        {
            assets.Add(Tree(agglo, office.Id, $"Chêne du siège n°{i + 1}", "Quercus robur", office.Lat + 0.0003, office.Lon + (i * 0.0002), i));
        }

        assets.Add(Zone(agglo, office.Id, "Pelouse du siège communautaire", office.Lat - 0.0003, office.Lon - 0.0003, 0.0005, 0.0025));

        foreach (var asset in assets)
        {
            await TestAssetRows.InsertAsync(db, asset, CancellationToken.None);
        }

        // An import the city has started (its file named after one of its schools), for the isolation probes.
        var now = DateTime.UtcNow;
        db.Add(new Cmms.Gis.Import.ImportRun
        {
            OrganisationId = city, RegisterId = TestAssets.Trees, FileName = "inventaire-Jules-Ferry.csv", Format = Cmms.Gis.Import.ImportFormat.Csv,
            Content = "Label;Longitude;Latitude\nTilleul de la cour Jules-Ferry;4.4352;46.8042\n"u8.ToArray(), FileBytes = 60,
            ColumnsJson = "[\"Label\",\"Longitude\",\"Latitude\"]", PreviewJson = "[[\"Tilleul de la cour Jules-Ferry\",\"4.4352\",\"46.8042\"]]",
            State = Cmms.Gis.Import.ImportState.Uploaded, RowsTotal = 1, StartedBy = "Claire Morel", CreatedAtUtc = now, UpdatedAtUtc = now,
        });
        using (organisationContext.Use(city))
        {
            await db.SaveChangesAsync();
        }
    }

    private static TestAsset Tree(Guid organisation, Guid? site, string label, string species, double lat, double lon, int i) => new(
        Guid.CreateVersion7(), organisation, TestAssets.Trees, site, label, species, 6.5 + (i % 10), 60 + (i * 3),
        new DateOnly(1975 + (i % 40), 3, 1 + (i % 28)), i % 10 == 0, Wgs84.Point(lon, lat));

    private static TestAsset Zone(Guid organisation, Guid? site, string label, double lat, double lon, double height, double width)
    {
        var ring = new[]
        {
            new Coordinate(lon, lat), new Coordinate(lon + width, lat), new Coordinate(lon + width, lat + height), new Coordinate(lon, lat + height), new Coordinate(lon, lat),
        };
        return new TestAsset(Guid.CreateVersion7(), organisation, TestAssets.Zones, site, label, null, null, null, null, null, Wgs84.Factory.CreatePolygon(ring));
    }
}

/// <summary>One app per provider with the test assets registered and seeded, for a GIS test class.</summary>
public sealed class GisApps : IDisposable
{
    private readonly Dictionary<Cmms.Database.DatabaseProvider, CmmsFactory> factories = [];
    private readonly Lock gate = new();

    public CmmsFactory this[Cmms.Database.DatabaseProvider provider]
    {
        get
        {
            lock (gate)
            {
                if (!factories.TryGetValue(provider, out var factory))
                {
                    factory = new CmmsFactory(provider, TestAssets.Register);
                    TestAssets.SeedAsync(factory).GetAwaiter().GetResult();
                    factories[provider] = factory;
                }

                return factory;
            }
        }
    }

    public void Dispose()
    {
        foreach (var factory in factories.Values)
        {
            factory.Dispose();
        }
    }
}
