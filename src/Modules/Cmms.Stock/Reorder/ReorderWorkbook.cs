using ClosedXML.Excel;
using Cmms.Stock.Excel;
using Microsoft.Extensions.Localization;

namespace Cmms.Stock.Reorder;

/// <summary>The reorder list as a purchase request (demande d'achat): one block per supplier and store, its total, the grand total.</summary>
internal static class ReorderWorkbook
{
    public static byte[] Write(IReadOnlyList<ReorderGroup> groups, DateOnly today, IStringLocalizer<Text> text)
    {
        using var book = new XLWorkbook();
        var sheet = Sheet.Add(book, text["Purchase request"], [
            new(text["Supplier"], 30), new(text["Store"], 24), new(text["Supplier's reference"], 16), new(text["Reference"], 13), new(text["Label"], 48),
            new(text["Unit"], 6), new(text["On hand"], 10, Sheet.Quantity), new(text["On order"], 10, Sheet.Quantity), new(text["Reserved"], 10, Sheet.Quantity),
            new(text["Reorder point"], 10, Sheet.Quantity), new(text["Quantity to order"], 12, Sheet.Quantity), new(text["Unit price"], 12, Sheet.UnitCost),
            new(text["Amount excluding VAT"], 14, Sheet.Euros),
        ]);
        var row = 2;
        foreach (var group in groups)
        {
            foreach (var r in group.Rows)
            {
                Sheet.Row(sheet, row++, group.Supplier ?? text["No supplier"].Value, group.Store, r.SupplierReference, r.Reference, r.Label, r.Unit,
                    r.OnHand, r.OnOrder, r.Reserved, r.ReorderPoint, r.Suggested, r.UnitPrice, r.Amount);
            }

            Sheet.Row(sheet, row, text["Total {0}", group.Supplier ?? text["No supplier"].Value].Value);
            sheet.Cell(row, 13).Value = group.Total;
            sheet.Row(row).Style.Font.Bold = true;
            row += 2;
        }

        Sheet.Row(sheet, row, text["Total of the request, {0}", today.ToString("d", System.Globalization.CultureInfo.CurrentCulture)].Value);
        sheet.Cell(row, 13).Value = groups.Sum(g => g.Total);
        sheet.Row(row).Style.Font.Bold = true;
        return Sheet.Save(book);
    }
}
