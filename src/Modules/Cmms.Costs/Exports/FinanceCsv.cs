using System.Globalization;
using System.Text;

namespace Cmms.Costs.Exports;

/// <summary>
/// The finance CSV, as documented column by column in docs/costs.md: UTF-8 with a BOM (French Excel reads
/// the accents), ';' between fields, CRLF line ends, amounts with a decimal comma and no thousands separator,
/// a field quoted only when it holds a ';', a quote or a line break. Written row by row to the stream.
/// </summary>
public static class FinanceCsv
{
    public static readonly string[] Header =
        ["Exercice", "Période", "Section", "Chapitre", "Nature", "Libellé nature", "Fonction", "Libellé fonction", "Imputation", "Centre de coût", "Montant HT", "Lignes"];

    public static void Write(Stream output, int year, int month, IEnumerable<SummaryRow> rows)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(';', Header));
        foreach (var r in rows)
        {
            writer.WriteLine(string.Join(';', new[]
            {
                year.ToString(CultureInfo.InvariantCulture), $"{year:0000}-{month:00}", FinanceSummaries.SectionName(r.Section), r.Chapter, r.Nature, r.NatureLabel,
                r.Function, r.FunctionLabel, r.BudgetLineCode, r.CostCentre, Amount(r.Amount), r.Lines.ToString(CultureInfo.InvariantCulture),
            }.Select(Field)));
        }
    }

    /// <summary>-1234,56: a decimal comma, two decimals, no thousands separator.</summary>
    public static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
