using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace Cmms.Costs.Accounts;

/// <summary>What an import of the chart did: codes added, labels updated, and the rows refused with why.</summary>
public sealed record ChartImportResult(int Added, int Updated, IReadOnlyList<string> Refused);

/// <summary>
/// Finance's M57 chart of accounts, read from a CSV (';' or ',', UTF-8, a header line) or an XLSX (first sheet,
/// a header row) with three columns: axis ("nature" or "fonction"), code, label. A code already there gets the
/// new label; nothing is deleted (a code budget lines use must stay).
/// </summary>
public sealed class ChartImport(DbContext db)
{
    public async Task<ChartImportResult> ImportAsync(Stream file, string fileName, CancellationToken cancellationToken)
    {
        var rows = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(file) : await ReadCsvAsync(file, cancellationToken);
        var chart = db.ChartEntries;
        var existing = (await chart.ToListAsync(cancellationToken)).ToDictionary(c => (c.Axis, c.Code));
        var (added, updated, refused) = (0, 0, new List<string>());
        var line = 1;
        foreach (var (axisText, codeText, labelText) in rows)
        {
            line++;
            var axis = ChartRules.ParseAxis(axisText);
            var code = codeText.Trim();
            var label = labelText.Trim();
            if (axis is null)
            {
                refused.Add($"{line}: {axisText}");
                continue;
            }

            if (ChartRules.CodeRefusal(axis.Value, code) is not null || label.Length is 0 or > 200)
            {
                refused.Add($"{line}: {code}");
                continue;
            }

            if (existing.TryGetValue((axis.Value, code), out var entry))
            {
                if (entry.Label != label)
                {
                    entry.Label = label;
                    updated++;
                }
            }
            else
            {
                entry = new ChartEntry { Axis = axis.Value, Code = code, Label = label };
                chart.Add(entry);
                existing[(axis.Value, code)] = entry;
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ChartImportResult(added, updated, refused);
    }

    private static async Task<List<(string, string, string)>> ReadCsvAsync(Stream file, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var rows = new List<(string, string, string)>();
        var header = await reader.ReadLineAsync(cancellationToken);
        var separator = header is not null && header.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var parts = text.Split(separator, 3);
            rows.Add((parts[0].Trim('"', ' '), parts.Length > 1 ? parts[1].Trim('"', ' ') : string.Empty, parts.Length > 2 ? parts[2].Trim().Trim('"') : string.Empty));
        }

        return rows;
    }

    private static List<(string, string, string)> ReadXlsx(Stream file)
    {
        using var book = new XLWorkbook(file);
        var sheet = book.Worksheets.First();
        return [.. sheet.RowsUsed().Skip(1).Select(r => (r.Cell(1).GetString(), r.Cell(2).GetString(), r.Cell(3).GetString()))];
    }
}

/// <summary>What a chart code and a budget line must be.</summary>
public static class ChartRules
{
    public static ChartAxis? ParseAxis(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "nature" or "n" => ChartAxis.Nature,
        "fonction" or "function" or "f" => ChartAxis.Function,
        _ => null,
    };

    /// <summary>M57 natures are 2 to 7 digits (6, 60622, 615221); functions 1 to 4 digits (0, 02, 0202, 823).</summary>
    public static string? CodeRefusal(ChartAxis axis, string code)
    {
        var (min, max) = axis == ChartAxis.Nature ? (2, 7) : (1, 4);
        return code.Length < min || code.Length > max || !code.All(char.IsAsciiDigit)
            ? axis == ChartAxis.Nature ? "A nature code is 2 to 7 digits." : "A function code is 1 to 4 digits."
            : null;
    }

    /// <summary>Why a budget line cannot use these codes, or null: both must be in the organisation's chart.</summary>
    public static string? BudgetLineRefusal(IReadOnlySet<(ChartAxis, string)> chart, string nature, string function)
    {
        if (!chart.Contains((ChartAxis.Nature, nature)))
        {
            return "This nature code is not in the organisation's chart of accounts.";
        }

        return chart.Contains((ChartAxis.Function, function)) ? null : "This function code is not in the organisation's chart of accounts.";
    }
}
