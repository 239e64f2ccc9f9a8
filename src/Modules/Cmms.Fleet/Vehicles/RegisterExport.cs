using ClosedXML.Excel;
using Cmms.Directory.Contracts;
using Cmms.Fleet.Readings;
using Cmms.Kernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cmms.Fleet.Vehicles;

/// <summary>
/// The vehicles register as an Excel workbook, one row per vehicle with its latest meter readings: what the
/// fleet manager sends to the insurer or the finance department. Column widths are set here (ClosedXML's
/// AdjustToContents needs System.Drawing, which Linux servers do not have).
/// </summary>
internal static class RegisterExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly (string Header, double Width)[] Columns =
    [
        ("Fleet number", 12), ("Label", 34), ("Category", 20), ("Registration", 13), ("VIN", 20), ("Brand", 14), ("Model", 16),
        ("Service", 26), ("Home site", 28), ("Energy", 11), ("Acquisition date", 14), ("Acquisition cost (€ excl. VAT)", 16),
        ("Status", 14), ("Retired on", 12), ("Km", 11), ("Engine hours", 11), ("PTO hours", 11), ("Last reading", 17),
    ];

    public static async Task<byte[]> BuildAsync(DbContext db, IQueryable<Vehicle> vehicles, IDirectory directory, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var rows = await vehicles.AsNoTracking().Include(v => v.Meters).OrderBy(v => v.InternalNumber).ToListAsync(cancellationToken);
        var services = (await directory.ServicesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        var sites = (await directory.SitesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);

        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(text["Vehicles"].Value);
        for (var c = 0; c < Columns.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = text[Columns[c].Header].Value;
            sheet.Column(c + 1).Width = Columns[c].Width;
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.Row(1).Style.Alignment.WrapText = true;
        sheet.SheetView.FreezeRows(1);

        var r = 2;
        foreach (var v in rows)
        {
            decimal? Meter(MeterKind kind) => v.Meters.FirstOrDefault(m => m.Kind == kind)?.LastValue;
            var last = v.Meters.Max(m => m.LastReadAtUtc);
            sheet.Cell(r, 1).Value = v.InternalNumber;
            sheet.Cell(r, 2).Value = v.Label;
            sheet.Cell(r, 3).Value = text["VehicleCategory." + v.Category].Value;
            sheet.Cell(r, 4).Value = v.Registration ?? string.Empty;
            sheet.Cell(r, 5).Value = v.Vin ?? string.Empty;
            sheet.Cell(r, 6).Value = v.Brand ?? string.Empty;
            sheet.Cell(r, 7).Value = v.Model ?? string.Empty;
            sheet.Cell(r, 8).Value = services.GetValueOrDefault(v.ServiceId, string.Empty);
            sheet.Cell(r, 9).Value = sites.GetValueOrDefault(v.SiteId, string.Empty);
            sheet.Cell(r, 10).Value = text["FuelType." + v.Fuel].Value;
            Date(sheet.Cell(r, 11), v.AcquiredOn?.ToDateTime(TimeOnly.MinValue), "dd/mm/yyyy");
            Number(sheet.Cell(r, 12), v.AcquisitionCost, "#,##0.00");
            sheet.Cell(r, 13).Value = text["VehicleStatus." + v.Status].Value;
            Date(sheet.Cell(r, 14), v.RetiredOn?.ToDateTime(TimeOnly.MinValue), "dd/mm/yyyy");
            Number(sheet.Cell(r, 15), Meter(MeterKind.Km), "#,##0");
            Number(sheet.Cell(r, 16), Meter(MeterKind.EngineHours), "#,##0.0");
            Number(sheet.Cell(r, 17), Meter(MeterKind.PtoHours), "#,##0.0");
            Date(sheet.Cell(r, 18), last is { } at ? ParisTime.FromUtc(at) : null, "dd/mm/yyyy hh:mm");
            r++;
        }

        sheet.Range(1, 1, Math.Max(1, r - 1), Columns.Length).SetAutoFilter();
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Date(IXLCell cell, DateTime? value, string format)
    {
        if (value is { } day)
        {
            cell.Value = day;
            cell.Style.DateFormat.Format = format;
        }
    }

    private static void Number(IXLCell cell, decimal? value, string format)
    {
        if (value is { } number)
        {
            cell.Value = number;
            cell.Style.NumberFormat.Format = format;
        }
    }
}
