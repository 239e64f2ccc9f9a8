using ClosedXML.Excel;
using Cmms.Stock.Excel;
using Microsoft.Extensions.Localization;

namespace Cmms.Stock.Valuation;

/// <summary>The valuation as a workbook: every line with its quantity, CUMP and value as numbers, then the totals by store and by category.</summary>
internal static class ValuationWorkbook
{
    public static byte[] Write(Valuation valuation, IStringLocalizer<Text> text)
    {
        using var book = new XLWorkbook();
        var lines = Sheet.Add(book, text["Stock valuation"], [
            new(text["Store"], 8), new(text["Store name"], 28), new(text["Reference"], 13), new(text["Label"], 50), new(text["Category"], 22), new(text["Unit"], 6),
            new(text["Quantity"], 12, Sheet.Quantity), new(text["CUMP"], 14, Sheet.UnitCost), new(text["Value"], 16, Sheet.Euros),
        ]);
        var categories = Enum.GetValues<Items.ItemCategory>().ToDictionary(c => c, c => text[$"ItemCategory.{c}"].Value);
        var row = 2;
        foreach (var r in valuation.Rows)
        {
            Sheet.Row(lines, row++, r.StoreCode, r.Store, r.Reference, r.Label, categories[r.Category], r.Unit, r.Quantity, r.UnitCost, r.Value);
        }

        Sheet.Row(lines, row, text["Total at {0}", valuation.Date.ToString("d", System.Globalization.CultureInfo.CurrentCulture)].Value);
        lines.Cell(row, 9).Value = valuation.Total;
        lines.Row(row).Style.Font.Bold = true;

        var totals = Sheet.Add(book, text["Totals"], [new(text["By"], 14), new(text["Name"], 34), new(text["Lines"], 10), new(text["Value"], 16, Sheet.Euros)]);
        row = 2;
        foreach (var s in valuation.ByStore)
        {
            Sheet.Row(totals, row++, text["Store"].Value, s.Key, s.Lines, s.Value);
        }

        foreach (var (category, value, count) in valuation.ByCategory)
        {
            Sheet.Row(totals, row++, text["Category"].Value, text[$"ItemCategory.{category}"].Value, count, value);
        }

        Sheet.Row(totals, row, text["Total"].Value, valuation.Date.ToString("d", System.Globalization.CultureInfo.CurrentCulture), valuation.Rows.Count, valuation.Total);
        totals.Row(row).Style.Font.Bold = true;
        return Sheet.Save(book);
    }
}
