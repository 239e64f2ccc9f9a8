using System.Text;
using ClosedXML.Excel;
using Cmms.Costs.Exports;
using Cmms.Costs.Ledger;

namespace Cmms.Costs.Tests;

public sealed class ExportTests
{
    private static readonly FinanceSummary Summary = new(
    [
        new SummaryRow(BudgetSectionCode.Operating, "011", "60622", "Carburants", "511", "Espaces verts urbains", "011-60622-511", "EV", 1234.5m, 12),
        new SummaryRow(BudgetSectionCode.Operating, "012", "64111", "Rémunération; principale", "0202", "Autres moyens généraux", "012-64111-0202", "BAT", -20.05m, 3),
    ], 15, 1214.45m);

    [Fact]
    public void The_csv_is_utf8_with_bom_semicolons_decimal_commas_and_quotes_only_where_needed()
    {
        using var output = new MemoryStream();
        FinanceCsv.Write(output, 2026, 3, Summary.Rows);
        var bytes = output.ToArray();

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Exercice;Période;Section;Chapitre;Nature;Libellé nature;Fonction;Libellé fonction;Imputation;Centre de coût;Montant HT;Lignes", lines[0]);
        Assert.Equal("2026;2026-03;Fonctionnement;011;60622;Carburants;511;Espaces verts urbains;011-60622-511;EV;1234,50;12", lines[1]);
        Assert.Equal("2026;2026-03;Fonctionnement;012;64111;\"Rémunération; principale\";0202;Autres moyens généraux;012-64111-0202;BAT;-20,05;3", lines[2]);
        Assert.Equal(string.Empty, lines[3]);
    }

    [Fact]
    public void The_workbook_reopens_with_amounts_as_numbers_dates_as_dates_and_codes_as_text()
    {
        var bytes = FinanceWorkbook.Write(new BatchHeading("Ville de Valbrune", 2026, 3, "2026-004", new DateTime(2026, 4, 2, 8, 30, 0, DateTimeKind.Utc), "Philippe Marchand"), Summary);

        using var book = new XLWorkbook(new MemoryStream(bytes));
        Assert.Equal(new DateTime(2026, 3, 1), FinanceWorkbook.Cell(book, "Period").GetDateTime());
        Assert.Equal(XLDataType.DateTime, FinanceWorkbook.Cell(book, "ProducedAt").DataType);
        Assert.Equal(XLDataType.Number, FinanceWorkbook.Cell(book, "Total").DataType);
        Assert.Equal(1214.45, FinanceWorkbook.Cell(book, "Total").GetDouble(), 2);
        Assert.Equal("2026-004", FinanceWorkbook.Cell(book, "BatchNumber").GetString());
        var first = FinanceWorkbook.Cell(book, "Rows");
        var sheet = first.Worksheet;
        var row = first.Address.RowNumber;
        Assert.Equal("0202", sheet.Cell(row + 1, 5).GetString());
        Assert.Equal(XLDataType.Number, sheet.Cell(row, 9).DataType);
        var sum = Enumerable.Range(row, 2).Sum(r => sheet.Cell(r, 9).GetDouble());
        Assert.Equal(FinanceWorkbook.Cell(book, "Total").GetDouble(), sum, 2);
        Assert.True(sheet.Cell(row + 2, 1).IsEmpty());
    }

    [Fact]
    public void Every_name_the_code_fills_is_defined_in_the_shipped_template()
    {
        using var book = new XLWorkbook(FinanceWorkbook.Template());

        Assert.All(FinanceWorkbook.Names, name => FinanceWorkbook.Cell(book, name));
    }

    [Fact]
    public void The_hours_csv_holds_only_employee_number_name_date_kind_and_hours()
    {
        var csv = Encoding.UTF8.GetString(HoursExport.Csv([new HoursRow("VB-0042", "Karim Haddad", new DateOnly(2026, 3, 4), "Astreinte", 2.5m)]));

        Assert.Equal("\uFEFFMatricule;Nom;Date;Type;Heures\r\nVB-0042;Karim Haddad;04/03/2026;Astreinte;2,50\r\n", csv);
    }
}
