using System.Data.Common;
using System.Globalization;
using Cmms.Database;
using Cmms.Directory.Contracts;
using Cmms.Kernel.Assets;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Cmms.Testing.Gis;

/// <summary>
/// A stand-in asset module for the GIS tests until the real ones (green spaces, roads, buildings) are merged:
/// trees (points) and zones (polygons) in a table of the test database (<c>test_gis_assets</c>), behind the
/// same kernel contracts the real modules answer — a feature layer per kind, an asset catalog and an import
/// register for trees. Like a real module it filters by organisation and by the person's sites, queries the
/// window on indexed bounding-box columns, and imports in one database transaction.
/// </summary>
public static class TestAssets
{
    public const string Module = "testassets";
    public const string Trees = "test-trees";
    public const string Zones = "test-zones";
    public const string Table = "test_gis_assets";

    /// <summary>A label that makes <see cref="TestTreesRegister.ImportAsync"/> fail after writing the rows before it (the dry run accepts it).</summary>
    public const string FailOnImport = "PANNE PENDANT L'IMPORT";

    public static void Register(IWebHostBuilder builder) => builder.ConfigureServices(services =>
    {
        services.AddScoped<IFeatureLayer, TestTreesLayer>();
        services.AddScoped<IFeatureLayer, TestZonesLayer>();
        services.AddScoped<IAssetCatalog, TestAssetCatalog>();
        services.AddScoped<IRegisterImport, TestTreesRegister>();
        services.AddScoped<Cmms.Kernel.Seeding.IDemoSeeder, TestAssetsTable>();
    });

    /// <summary>The table, and the demo's test assets of both organisations (see <see cref="TestAssetSeed"/>).</summary>
    public static async Task SeedAsync(CmmsFactory factory)
    {
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DbContext>();
            await CreateTableAsync(db, factory.Provider);
            await TestAssetSeed.InsertAsync(db, sp.GetRequiredService<IOrganisationContext>());
            return 0;
        });
    }

    internal static async Task CreateTableAsync(DbContext db, DatabaseProvider provider)
    {
        var (real, integer) = provider == DatabaseProvider.PostgreSql ? ("DOUBLE PRECISION", "BIGINT") : ("REAL", "INTEGER");
#pragma warning disable EF1002 // the interpolated parts are this class's constants, not input
        await db.Database.ExecuteSqlRawAsync(
            $"""
            CREATE TABLE IF NOT EXISTS {Table} (
                Id TEXT PRIMARY KEY, OrganisationId TEXT NOT NULL, Layer TEXT NOT NULL, SiteId TEXT NULL, Label TEXT NOT NULL,
                Species TEXT NULL, HeightM {real} NULL, CircumferenceCm {integer} NULL, Planted TEXT NULL, Remarkable {integer} NULL,
                Wkt TEXT NOT NULL, MinLon {real} NOT NULL, MinLat {real} NOT NULL, MaxLon {real} NOT NULL, MaxLat {real} NOT NULL)
            """);
        await db.Database.ExecuteSqlRawAsync($"CREATE INDEX IF NOT EXISTS ix_{Table}_window ON {Table} (OrganisationId, Layer, MinLat, MinLon, MaxLat, MaxLon)");
#pragma warning restore EF1002
    }

    /// <summary>An organisation's first test tree; <see cref="Guid.Empty"/> when it has none or the app has no test assets.</summary>
    public static async Task<Guid> FirstTreeAsync(DbContext db, Guid organisationId)
    {
        try
        {
            var trees = await TestAssetRows.QueryAsync(db, "WHERE OrganisationId = @org AND Layer = @layer ORDER BY Id LIMIT 1", [("org", organisationId.ToString()), ("layer", Trees)], null);
            return trees.FirstOrDefault()?.Id ?? Guid.Empty;
        }
        catch (DbException)
        {
            return Guid.Empty;
        }
    }

    /// <summary>Every test asset of an organisation, past any scope (to check what the app shows against what exists).</summary>
    public static Task<List<TestAsset>> AllAsync(CmmsFactory factory, Guid organisationId, string layer) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DbContext>();
        return await TestAssetRows.QueryAsync(db, $"WHERE OrganisationId = @org AND Layer = @layer ORDER BY Id", [("org", organisationId.ToString()), ("layer", layer)], null);
    });
}

/// <summary>
/// Creates the (empty) test table before any demo seeder runs: seeders that look assets up through every catalog
/// (the preventive plans) would otherwise meet the test catalog without its table.
/// </summary>
internal sealed class TestAssetsTable(DbContext db) : Cmms.Kernel.Seeding.IDemoSeeder
{
    public int Order => int.MinValue;

    public Task SeedAsync(CancellationToken cancellationToken) =>
        TestAssets.CreateTableAsync(db, db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite);
}

/// <summary>A row of the test table.</summary>
public sealed record TestAsset(
    Guid Id, Guid OrganisationId, string Layer, Guid? SiteId, string Label, string? Species, double? HeightM, long? CircumferenceCm,
    DateOnly? Planted, bool? Remarkable, Geometry Geometry)
{
    public Feature ToFeature() => new(
        Id, Geometry, Label, $"/test-assets/{Id}",
        Layer == TestAssets.Trees
            ? new Dictionary<string, object?>
            {
                ["kind"] = "Arbre", ["species"] = Species, ["heightM"] = HeightM, ["circumferenceCm"] = CircumferenceCm, ["planted"] = Planted, ["remarkable"] = Remarkable,
            }
            : new Dictionary<string, object?> { ["kind"] = "Zone", ["areaM2"] = Lambert93.AreaSquareMetres(Geometry) });

    public AssetSummary ToSummary()
    {
        var point = Geometry as Point ?? Geometry.InteriorPoint;
        return new AssetSummary(new AssetRef(TestAssets.Module, Id), Label, Layer == TestAssets.Trees ? "Arbre" : "Zone", SiteId, point.Y, point.X, $"/test-assets/{Id}");
    }
}

/// <summary>Reads and writes the test table with plain SQL on the app's connection, as a module's hand-tuned query would.</summary>
internal static class TestAssetRows
{
    private const string Columns = "Id, OrganisationId, Layer, SiteId, Label, Species, HeightM, CircumferenceCm, Planted, Remarkable, Wkt";

    public static async Task<List<TestAsset>> QueryAsync(DbContext db, string where, (string Name, object? Value)[] parameters, CancellationToken? cancellationToken)
    {
        var ct = cancellationToken ?? CancellationToken.None;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = Command(db, $"SELECT {Columns} FROM {TestAssets.Table} {where}", parameters);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var rows = new List<TestAsset>();
            var wkt = new WKTReader(Wgs84.Factory.GeometryServices);
            while (await reader.ReadAsync(ct))
            {
                var geometry = wkt.Read(reader.GetString(10));
                geometry.SRID = Wgs84.Srid;
                rows.Add(new TestAsset(
                    Guid.Parse(reader.GetString(0)), Guid.Parse(reader.GetString(1)), reader.GetString(2),
                    reader.IsDBNull(3) ? null : Guid.Parse(reader.GetString(3)), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.IsDBNull(6) ? null : Convert.ToDouble(reader.GetValue(6), CultureInfo.InvariantCulture),
                    reader.IsDBNull(7) ? null : Convert.ToInt64(reader.GetValue(7), CultureInfo.InvariantCulture),
                    reader.IsDBNull(8) ? null : DateOnly.ParseExact(reader.GetString(8), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    reader.IsDBNull(9) ? null : Convert.ToInt64(reader.GetValue(9), CultureInfo.InvariantCulture) != 0,
                    geometry));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static async Task<long> CountAsync(DbContext db, string where, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = Command(db, $"SELECT COUNT(*) FROM {TestAssets.Table} {where}", parameters);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static async Task InsertAsync(DbContext db, TestAsset asset, CancellationToken cancellationToken)
    {
        var box = GeoBox.Of(asset.Geometry);
        await using var command = Command(db,
            $"INSERT INTO {TestAssets.Table} ({Columns}, MinLon, MinLat, MaxLon, MaxLat) VALUES (@id, @org, @layer, @site, @label, @species, @height, @circumference, @planted, @remarkable, @wkt, @minLon, @minLat, @maxLon, @maxLat)",
            [
                ("id", asset.Id.ToString()), ("org", asset.OrganisationId.ToString()), ("layer", asset.Layer), ("site", asset.SiteId?.ToString()),
                ("label", asset.Label), ("species", asset.Species), ("height", asset.HeightM), ("circumference", asset.CircumferenceCm),
                ("planted", asset.Planted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("remarkable", asset.Remarkable is { } r ? (r ? 1L : 0L) : null),
                ("wkt", new WKTWriter().Write(asset.Geometry)), ("minLon", box.MinLon), ("minLat", box.MinLat), ("maxLon", box.MaxLon), ("maxLat", box.MaxLat),
            ]);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbCommand Command(DbContext db, string sql, (string Name, object? Value)[] parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            if (value is null)
            {
                parameter.DbType = name is "height" ? System.Data.DbType.Double : name is "circumference" or "remarkable" ? System.Data.DbType.Int64 : System.Data.DbType.String;
            }

            command.Parameters.Add(parameter);
        }

        return command;
    }
}

/// <summary>The organisation and site scope every module applies, as SQL on the test table.</summary>
internal sealed class TestScope(IOrganisationContext organisation, ICurrentUser user, IUserScopeProvider scopes)
{
    public async Task<(string Where, (string, object?)[] Parameters)> WhereAsync(string layer, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var where = "WHERE OrganisationId = @org AND Layer = @layer";
        if (!scope.AllSites)
        {
            // A referent sees the assets of their sites only; an asset on no site is nobody's to see but the whole organisation's.
            where += scope.SiteIds.Count == 0
                ? " AND 1 = 0"
                : $" AND SiteId IN ({string.Join(", ", scope.SiteIds.Select(s => $"'{s}'"))})";
        }

        return (where, [("org", (organisation.OrganisationId ?? Guid.Empty).ToString()), ("layer", layer)]);
    }
}

public abstract class TestAssetLayer(DbContext db, IOrganisationContext organisation, ICurrentUser user, IUserScopeProvider scopes) : IFeatureLayer
{
    /// <summary>The tallest feature this layer accepts, in degrees of latitude (the window query's margin).</summary>
    private const double MaxSpan = 0.05;

    private readonly TestScope scope = new(organisation, user, scopes);

    public abstract string Id { get; }

    public string ModuleName => TestAssets.Module;

    public abstract string Title { get; }

    public string Description => $"{Title} (test layer)";

    public abstract GeometryKind Kind { get; }

    public abstract IReadOnlyList<FeatureField> Fields { get; }

    public async Task<GeoBox?> ExtentAsync(CancellationToken cancellationToken)
    {
        GeoBox? extent = null;
        await foreach (var feature in StreamAsync(null, cancellationToken))
        {
            extent = extent?.Union(GeoBox.Of(feature.Geometry)) ?? GeoBox.Of(feature.Geometry);
        }

        return extent;
    }

    public async Task<FeaturePage> QueryAsync(FeatureQuery query, CancellationToken cancellationToken)
    {
        var (where, parameters) = await WindowAsync(query.Box, cancellationToken);
        var rows = await TestAssetRows.QueryAsync(db, $"{where} ORDER BY Id LIMIT {query.Limit} OFFSET {query.Offset}", parameters, cancellationToken);
        long? count = query.Count ? await TestAssetRows.CountAsync(db, where, parameters, cancellationToken) : null;
        return new FeaturePage([.. rows.Select(r => r.ToFeature())], count);
    }

    public async IAsyncEnumerable<Feature> StreamAsync(GeoBox? box, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (where, parameters) = await WindowAsync(box, cancellationToken);
        var last = string.Empty;
        while (true)
        {
            var batch = await TestAssetRows.QueryAsync(db, $"{where} AND Id > @last ORDER BY Id LIMIT 500", [.. parameters, ("last", last)], cancellationToken);
            foreach (var row in batch)
            {
                yield return row.ToFeature();
            }

            if (batch.Count < 500)
            {
                yield break;
            }

            last = batch[^1].Id.ToString();
        }
    }

    public async Task<Feature?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var (where, parameters) = await scope.WhereAsync(Id, cancellationToken);
        var rows = await TestAssetRows.QueryAsync(db, $"{where} AND Id = @id", [.. parameters, ("id", id.ToString())], cancellationToken);
        return rows.FirstOrDefault()?.ToFeature();
    }

    private async Task<(string Where, (string, object?)[] Parameters)> WindowAsync(GeoBox? box, CancellationToken cancellationToken)
    {
        var (where, parameters) = await scope.WhereAsync(Id, cancellationToken);
        if (box is not { } b)
        {
            return (where, parameters);
        }

        return ($"{where} AND MinLat <= @north AND MinLat >= @southMargin AND MaxLat >= @south AND MinLon <= @east AND MaxLon >= @west",
            [.. parameters, ("north", b.MaxLat), ("south", b.MinLat), ("southMargin", b.MinLat - MaxSpan), ("east", b.MaxLon), ("west", b.MinLon)]);
    }
}

public sealed class TestTreesLayer(DbContext db, IOrganisationContext organisation, ICurrentUser user, IUserScopeProvider scopes)
    : TestAssetLayer(db, organisation, user, scopes)
{
    public override string Id => TestAssets.Trees;

    public override string Title => "Arbres (test)";

    public override GeometryKind Kind => GeometryKind.Point;

    public override IReadOnlyList<FeatureField> Fields { get; } =
    [
        new("species", "Species", FieldType.Text),
        new("heightM", "Height (m)", FieldType.Number),
        new("circumferenceCm", "Trunk circumference (cm)", FieldType.WholeNumber),
        new("planted", "Planting date", FieldType.Date),
        new("remarkable", "Remarkable tree", FieldType.Boolean),
    ];
}

public sealed class TestZonesLayer(DbContext db, IOrganisationContext organisation, ICurrentUser user, IUserScopeProvider scopes)
    : TestAssetLayer(db, organisation, user, scopes)
{
    public override string Id => TestAssets.Zones;

    public override string Title => "Zones (test)";

    public override GeometryKind Kind => GeometryKind.Polygon;

    public override IReadOnlyList<FeatureField> Fields { get; } = [new("areaM2", "Area (m²)", FieldType.Number)];
}

public sealed class TestAssetCatalog(DbContext db, IOrganisationContext organisation, ICurrentUser user, IUserScopeProvider scopes) : IAssetCatalog
{
    private readonly TestScope scope = new(organisation, user, scopes);

    public string ModuleName => TestAssets.Module;

    public async Task<IReadOnlyList<AssetSummary>> SearchAsync(string? text, Guid? siteId, int take, CancellationToken cancellationToken)
    {
        var found = new List<AssetSummary>();
        foreach (var layer in new[] { TestAssets.Trees, TestAssets.Zones })
        {
            var (where, parameters) = await scope.WhereAsync(layer, cancellationToken);
            var extra = new List<(string, object?)>(parameters);
            if (!string.IsNullOrWhiteSpace(text))
            {
                where += " AND LOWER(Label) LIKE @text";
                extra.Add(("text", $"%{text.Trim().ToLowerInvariant()}%"));
            }

            if (siteId is { } site)
            {
                where += " AND SiteId = @site";
                extra.Add(("site", site.ToString()));
            }

            var rows = await TestAssetRows.QueryAsync(db, $"{where} ORDER BY Label LIMIT {take}", [.. extra], cancellationToken);
            found.AddRange(rows.Select(r => r.ToSummary()));
        }

        return found;
    }

    public async Task<AssetSummary?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        foreach (var layer in new[] { TestAssets.Trees, TestAssets.Zones })
        {
            var (where, parameters) = await scope.WhereAsync(layer, cancellationToken);
            var rows = await TestAssetRows.QueryAsync(db, $"{where} AND Id = @id", [.. parameters, ("id", id.ToString())], cancellationToken);
            if (rows.Count > 0)
            {
                return rows[0].ToSummary();
            }
        }

        return null;
    }

    public async Task<IReadOnlyList<AssetSummary>> WithinAsync(GeoBox box, int take, CancellationToken cancellationToken)
    {
        var (where, parameters) = await scope.WhereAsync(TestAssets.Trees, cancellationToken);
        var rows = await TestAssetRows.QueryAsync(
            db, $"{where} AND MinLat <= @north AND MaxLat >= @south AND MinLon <= @east AND MaxLon >= @west ORDER BY Id LIMIT {take}",
            [.. parameters, ("north", box.MaxLat), ("south", box.MinLat), ("east", box.MaxLon), ("west", box.MinLon)], cancellationToken);
        return [.. rows.Select(r => r.ToSummary())];
    }
}

/// <summary>
/// The trees register's import: labels required and unique in the organisation, a height of at most 60 m, the
/// site given by its code (one the person may see). <see cref="ImportAsync"/> writes every row in one
/// transaction, reporting progress per row; a row labelled <see cref="TestAssets.FailOnImport"/> makes it fail
/// mid-way, after the rows before it were written, to show that nothing then stays.
/// </summary>
public sealed class TestTreesRegister(
    DbContext db, IOrganisationContext organisation, ICurrentUser user, IUserScopeProvider scopes, IDirectory directory, IWriteGate gate) : IRegisterImport
{
    public string Id => TestAssets.Trees;

    public string Title => "Arbres (test)";

    public GeometryKind? Kind => GeometryKind.Point;

    public IReadOnlyList<ImportField> Fields { get; } =
    [
        new("label", "Label", FieldType.Text, Required: true),
        new("species", "Species", FieldType.Text, Required: false),
        new("heightM", "Height (m)", FieldType.Number, Required: false),
        new("circumferenceCm", "Trunk circumference (cm)", FieldType.WholeNumber, Required: false),
        new("planted", "Planting date", FieldType.Date, Required: false),
        new("remarkable", "Remarkable tree", FieldType.Boolean, Required: false),
        new("site", "Site", FieldType.Text, Required: false),
    ];

    public async Task<IReadOnlyList<ImportRejection>> CheckAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var (rejections, _) = await CheckedAsync(rows, cancellationToken);
        return rejections;
    }

    public async Task<int> ImportAsync(IReadOnlyList<ImportRow> rows, IProgress<int> progress, CancellationToken cancellationToken)
    {
        var (rejections, sites) = await CheckedAsync(rows, cancellationToken);
        if (rejections.Count > 0)
        {
            throw new ArgumentException($"Line {rejections[0].Line}: {rejections[0].Reason}");
        }

        using var turn = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var done = 0;
        foreach (var row in rows)
        {
            if (row.Values["label"] == TestAssets.FailOnImport)
            {
                throw new InvalidOperationException("The tree register failed while writing (test).");
            }

            var values = row.Values;
            await TestAssetRows.InsertAsync(db, new TestAsset(
                Guid.CreateVersion7(), organisation.OrganisationId!.Value, TestAssets.Trees,
                values.GetValueOrDefault("site") is { } code ? sites[code] : null,
                values["label"]!, values.GetValueOrDefault("species"),
                values.GetValueOrDefault("heightM") is { } h ? double.Parse(h, CultureInfo.InvariantCulture) : null,
                values.GetValueOrDefault("circumferenceCm") is { } c ? long.Parse(c, CultureInfo.InvariantCulture) : null,
                values.GetValueOrDefault("planted") is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                values.GetValueOrDefault("remarkable") is { } r ? r == "true" : null,
                row.Geometry!), cancellationToken);
            progress.Report(++done);
        }

        await transaction.CommitAsync(cancellationToken);
        return done;
    }

    private async Task<(List<ImportRejection> Rejections, Dictionary<string, Guid> Sites)> CheckedAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(user, cancellationToken);
        var sites = (await directory.SitesAsync(cancellationToken)).Where(s => scope.CanSeeSite(s.Id)).ToDictionary(s => s.Code, s => s.Id, StringComparer.OrdinalIgnoreCase);
        var existing = (await TestAssetRows.QueryAsync(
                db, "WHERE OrganisationId = @org AND Layer = @layer", [("org", organisation.OrganisationId!.Value.ToString()), ("layer", TestAssets.Trees)], cancellationToken))
            .Select(t => t.Label).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rejections = new List<ImportRejection>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var label = row.Values.GetValueOrDefault("label") ?? string.Empty;
            if (existing.Contains(label) || !seen.Add(label))
            {
                rejections.Add(new ImportRejection(row.Line, $"Un arbre s'appelle déjà « {label} »."));
            }

            if (row.Values.GetValueOrDefault("heightM") is { } height && double.Parse(height, CultureInfo.InvariantCulture) > 60)
            {
                rejections.Add(new ImportRejection(row.Line, "Un arbre de plus de 60 m ? Vérifiez la hauteur."));
            }

            if (row.Values.GetValueOrDefault("site") is { } code && !sites.ContainsKey(code))
            {
                rejections.Add(new ImportRejection(row.Line, $"Le site « {code} » est inconnu."));
            }
        }

        return (rejections, sites);
    }
}
