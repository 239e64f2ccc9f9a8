using System.Globalization;
using Cmms.Directory.Contracts;
using Cmms.Fleet.Readings;
using Cmms.Kernel.Data;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Import;
using Cmms.Kernel.Security;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Fleet.Vehicles;

/// <summary>
/// Imports an existing vehicles register (a spreadsheet from the previous tool): one row per vehicle, checked by
/// the same rules as the form, the service and site named by code or name, the category and energy by their
/// French or English name, with the odometer and engine hours of the day as first readings. All rows or none.
/// </summary>
internal sealed class VehicleImport(
    DbContext db, VehicleRegister register, IDirectory directory, IWriteGate gate, IClock clock, ICurrentUser user, IStringLocalizer<Text> text) : IRegisterImport
{
    private const int SaveEvery = 200;

    public string Id => "vehicles";

    public string Title => text["Vehicles and machines"];

    public GeometryKind? Kind => null;

    public IReadOnlyList<ImportField> Fields { get; } =
    [
        new("internalNumber", "Fleet number", FieldType.Text, true),
        new("label", "Label", FieldType.Text, true),
        new("category", "Category", FieldType.Text, true),
        new("registration", "Registration", FieldType.Text, false),
        new("vin", "VIN", FieldType.Text, false),
        new("brand", "Brand", FieldType.Text, false),
        new("model", "Model", FieldType.Text, false),
        new("service", "Service", FieldType.Text, true),
        new("site", "Home site", FieldType.Text, true),
        new("fuel", "Energy", FieldType.Text, false),
        new("acquiredOn", "Acquisition date", FieldType.Date, false),
        new("acquisitionCost", "Acquisition cost (€ excl. VAT)", FieldType.Number, false),
        new("km", "Km", FieldType.Number, false),
        new("engineHours", "Engine hours", FieldType.Number, false),
    ];

    public async Task<IReadOnlyList<ImportRejection>> CheckAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken) =>
        [.. (await ReadAsync(rows, cancellationToken)).Where(r => r.Reason is not null).Select(r => new ImportRejection(r.Line, r.Reason!))];

    public async Task<int> ImportAsync(IReadOnlyList<ImportRow> rows, IProgress<int> progress, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        var read = await ReadAsync(rows, cancellationToken);
        if (read.Any(r => r.Reason is not null))
        {
            throw new InvalidOperationException(text["Some rows are refused: nothing has been imported. Check the file again."]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.UtcNow;
        var by = user.IsAuthenticated ? user.DisplayName : "import";
        var done = 0;
        foreach (var row in read)
        {
            var vehicle = register.Create(row.Form!, now);
            foreach (var (kind, value) in new[] { (MeterKind.Km, row.Km), (MeterKind.EngineHours, row.EngineHours) })
            {
                if (value is { } figure && vehicle.Meters.FirstOrDefault(m => m.Kind == kind) is { } meter)
                {
                    db.Add(ReadingBook.First(meter, figure, now, ReadingSource.Import, by, now));
                }
            }

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

    private sealed record ReadRow(int Line, VehicleForm? Form, decimal? Km, decimal? EngineHours, string? Reason);

    private async Task<List<ReadRow>> ReadAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var services = await directory.ServicesAsync(cancellationToken);
        var sites = await directory.SitesAsync(cancellationToken);
        var categories = Names<VehicleCategory>("VehicleCategory.");
        var fuels = Names<FuelType>("FuelType.");
        var result = new List<ReadRow>();
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var plates = new HashSet<string>(StringComparer.Ordinal);
        var vins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            string? Value(string name) => row.Values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            var reasons = new List<string>();
            void Refuse(string field, string message) => reasons.Add(text["{0}: {1}", text[Fields.First(f => f.Name == field).Label], message]);

            var form = new VehicleForm
            {
                InternalNumber = Value("internalNumber") ?? string.Empty, Label = Value("label") ?? string.Empty, Registration = Value("registration"),
                Vin = Value("vin"), Brand = Value("brand"), Model = Value("model"),
            };
            if (Value("category") is not { } category || !categories.TryGetValue(SearchText.Normalise(category), out var cat))
            {
                Refuse("category", text["Unknown category."]);
            }
            else
            {
                form.Category = cat;
                form.Meters = [.. Categories.DefaultMeters(cat)];
            }

            if (Value("fuel") is { } fuel)
            {
                if (fuels.TryGetValue(SearchText.Normalise(fuel), out var f))
                {
                    form.Fuel = f;
                }
                else
                {
                    Refuse("fuel", text["Unknown energy."]);
                }
            }

            form.ServiceId = Find(services.Select(s => (s.Id, s.Code, s.Name)), Value("service"));
            if (form.ServiceId is null)
            {
                Refuse("service", text["No service has this code or name."]);
            }

            form.SiteId = Find(sites.Select(s => (s.Id, s.Code, s.Name)), Value("site"));
            if (form.SiteId is null)
            {
                Refuse("site", text["No site has this code or name."]);
            }

            if (Value("acquiredOn") is { } date)
            {
                if (DateOnly.TryParseExact(date, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
                {
                    form.AcquiredOn = on;
                }
                else
                {
                    Refuse("acquiredOn", text["A date is written 2024-03-31 or 31/03/2024."]);
                }
            }

            decimal? Number(string field)
            {
                if (Value(field) is not { } written)
                {
                    return null;
                }

                var number = EntryParsing.Decimal(written);
                if (number is null or < 0)
                {
                    Refuse(field, text["A positive number is expected."]);
                }

                return number;
            }

            form.AcquisitionCost = Number("acquisitionCost");
            var km = Number("km");
            var hours = Number("engineHours");
            if (km is not null && !form.Meters.Contains(MeterKind.Km))
            {
                form.Meters.Add(MeterKind.Km);
            }

            if (hours is not null && !form.Meters.Contains(MeterKind.EngineHours))
            {
                form.Meters.Add(MeterKind.EngineHours);
            }

            if (string.IsNullOrWhiteSpace(form.InternalNumber))
            {
                Refuse("internalNumber", text["Required."]);
            }

            if (string.IsNullOrWhiteSpace(form.Label))
            {
                Refuse("label", text["Required."]);
            }

            if (reasons.Count == 0)
            {
                foreach (var (field, message) in await register.CheckAsync(form, null, cancellationToken))
                {
                    reasons.Add(text["{0}: {1}", text[FieldLabel(field)], text[message]]);
                }

                // Twice in the same file is refused as well as already in the register.
                if (!numbers.Add(form.InternalNumber))
                {
                    Refuse("internalNumber", text["Another row of the file has this fleet number."]);
                }

                if (form.Registration is { } plate && !plates.Add(plate))
                {
                    Refuse("registration", text["Another row of the file has this registration."]);
                }

                if (form.Vin is { } vin && !vins.Add(vin))
                {
                    Refuse("vin", text["Another row of the file has this VIN."]);
                }
            }

            result.Add(new ReadRow(row.Line, form, km, hours, reasons.Count == 0 ? null : string.Join(" ", reasons)));
        }

        return result;
    }

    /// <summary>The label of a form field, for the rejection's reason.</summary>
    private static string FieldLabel(string property) => property switch
    {
        nameof(VehicleForm.InternalNumber) => "Fleet number",
        nameof(VehicleForm.Registration) => "Registration",
        nameof(VehicleForm.Vin) => "VIN",
        nameof(VehicleForm.ServiceId) => "Service",
        nameof(VehicleForm.SiteId) => "Home site",
        nameof(VehicleForm.AcquiredOn) => "Acquisition date",
        nameof(VehicleForm.AcquisitionCost) => "Acquisition cost (€ excl. VAT)",
        nameof(VehicleForm.Label) => "Label",
        nameof(VehicleForm.Brand) => "Brand",
        nameof(VehicleForm.Model) => "Model",
        nameof(VehicleForm.Category) => "Category",
        nameof(VehicleForm.Fuel) => "Energy",
        _ => "Meters",
    };

    private static Guid? Find(IEnumerable<(Guid Id, string Code, string Name)> items, string? written)
    {
        if (written is null)
        {
            return null;
        }

        var key = SearchText.Normalise(written);
        var list = items.ToList();
        var match = list.FirstOrDefault(i => SearchText.Normalise(i.Code) == key);
        if (match.Id == Guid.Empty)
        {
            match = list.FirstOrDefault(i => SearchText.Normalise(i.Name) == key);
        }

        return match.Id == Guid.Empty ? null : match.Id;
    }

    /// <summary>Each value of an enum by its name and its French and English labels, compared without case or accents.</summary>
    private Dictionary<string, T> Names<T>(string prefix)
        where T : struct, Enum
    {
        var names = new Dictionary<string, T>(StringComparer.Ordinal);
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var language in new[] { "fr-FR", "en-GB" })
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
                foreach (var value in Enum.GetValues<T>())
                {
                    names.TryAdd(SearchText.Normalise(value.ToString()), value);
                    names.TryAdd(SearchText.Normalise(text[prefix + value]), value);
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        return names;
    }
}
