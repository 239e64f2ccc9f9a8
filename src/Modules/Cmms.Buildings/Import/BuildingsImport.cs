using Cmms.Buildings.Access;
using Cmms.Buildings.Buildings;
using Cmms.Buildings.Catalog;
using Cmms.Directory.Contracts;
using Cmms.Kernel;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Buildings.Import;

/// <summary>
/// A town's building inventory (GeoJSON footprints, or a CSV/XLSX list): each row is checked exactly as the
/// building form checks it; the site is named by its code (or its name), and a row without geometry is placed at
/// its site's position. New buildings only: a code already in the register is refused, as is a code twice in the file.
/// </summary>
internal sealed class BuildingsImport(
    DbContext db, BuildingsAccess access, IDirectory directory, IWriteGate gate, IClock clock,
    IStringLocalizer<Text> text, IStringLocalizer<CommonText> common) : IRegisterImport
{
    private const int SaveEvery = 500;

    public string Id => BuildingsCatalogNames.BuildingsLayer;

    public string Title => text["Buildings"];

    public GeometryKind? Kind => GeometryKind.PointOrPolygon;

    public IReadOnlyList<ImportField> Fields { get; } =
    [
        new("code", "Code", FieldType.Text, true),
        new("name", "Name", FieldType.Text, true),
        new("site", "Site (code or name)", FieldType.Text, true),
        new("address", "Address", FieldType.Text, false),
        new("surfaceM2", "Surface (m²)", FieldType.Number, false),
        new("yearBuilt", "Year built", FieldType.WholeNumber, false),
        new("erpType", "ERP type", FieldType.Text, false),
        new("erpCategory", "ERP category", FieldType.WholeNumber, false),
        new("erpCapacity", "Capacity (people)", FieldType.WholeNumber, false),
    ];

    public async Task<IReadOnlyList<ImportRejection>> CheckAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken) =>
        (await ReadAsync(rows, cancellationToken)).Rejections;

    public async Task<int> ImportAsync(IReadOnlyList<ImportRow> rows, IProgress<int> progress, CancellationToken cancellationToken)
    {
        var (accepted, rejections) = await ReadAsync(rows, cancellationToken);
        if (rejections.Count > 0)
        {
            throw new InvalidOperationException(text["The import was refused: {0} rows have problems (line {1}: {2}).", rejections.Count, rejections[0].Line, rejections[0].Reason]);
        }

        using var turn = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var done = 0;
        foreach (var values in accepted)
        {
            var building = new Building { Code = values.Code, Name = values.Name };
            values.ApplyTo(building);
            db.Buildings.Add(building);
            if (++done % SaveEvery == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                progress.Report(done);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        progress.Report(done);
        return done;
    }

    private async Task<(List<BuildingValues> Accepted, List<ImportRejection> Rejections)> ReadAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var sites = await directory.SitesAsync(cancellationToken);
        var scope = await access.ScopeAsync(cancellationToken);
        var buildings = db.Buildings;
        var taken = (await buildings.AsNoTracking().Select(b => b.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var checker = new BuildingChecker(sites, scope, taken, ParisTime.Today(clock).Year);
        var accepted = new List<BuildingValues>();
        var rejections = new List<ImportRejection>();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var problems = new List<string>();
            var site = SiteOf(ImportValues.Text(row, "site"), sites);
            var unknownSite = ImportValues.Text(row, "site") is not null && site is null;
            if (unknownSite)
            {
                problems.Add(text["Unknown site: give the code or the name of one of the organisation's sites."]);
            }

            if (!ImportValues.TryNumber(row, "surfaceM2", out var surface))
            {
                problems.Add(text["{0} is not a number.", text["Surface (m²)"]]);
            }

            if (!ImportValues.TryWhole(row, "yearBuilt", out var year))
            {
                problems.Add(text["{0} is not a whole number.", text["Year built"]]);
            }

            if (!ImportValues.TryWhole(row, "erpCategory", out var category))
            {
                problems.Add(text["{0} is not a whole number.", text["ERP category"]]);
            }

            if (!ImportValues.TryWhole(row, "erpCapacity", out var capacity))
            {
                problems.Add(text["{0} is not a whole number.", text["Capacity (people)"]]);
            }

            var input = new BuildingInput(
                site?.Id, ImportValues.Text(row, "code"), ImportValues.Text(row, "name"), ImportValues.Text(row, "address"), null,
                surface, year, category, ImportValues.Text(row, "erpType"), capacity) { Geometry = row.Geometry };
            var (values, checks) = checker.Check(input);
            problems.AddRange(checks.Where(p => !(unknownSite && p.Field == "SiteId")).Select(p => p.Format(text, common)));
            if (problems.Count == 0 && values is not null)
            {
                taken.Add(values.Code);
                accepted.Add(values);
            }
            else
            {
                rejections.Add(new ImportRejection(row.Line, string.Join(" ", problems.Distinct())));
            }
        }

        return (accepted, rejections);
    }

    /// <summary>A site named by its code or, failing that, by its name (accents and case forgiven).</summary>
    internal static SiteInfo? SiteOf(string? given, IReadOnlyList<SiteInfo> sites)
    {
        if (given is null)
        {
            return null;
        }

        var folded = SearchText.Fold(given);
        return sites.FirstOrDefault(s => string.Equals(s.Code, given, StringComparison.OrdinalIgnoreCase))
            ?? sites.FirstOrDefault(s => SearchText.Fold(s.Name) == folded);
    }
}
