using System.IO.Compression;
using System.Text;

namespace Cmms.Gis.Import.Reading;

/// <summary>
/// Recognises an uploaded file by what it contains, not by its name alone: an XLSX is a zip holding a
/// workbook, GeoJSON is UTF-8 text opening on a JSON object, anything else in UTF-8 is read as CSV. A name
/// that promises another format than the content is refused, as is anything that is none of the three.
/// </summary>
internal static class ImportFile
{
    /// <summary>An XLSX unpacks to many times its size; past this it is refused rather than opened.</summary>
    private const long MaxUnpackedBytes = 512L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ImportFormat Detect(byte[] content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        ImportFormat? named = extension switch
        {
            ".geojson" or ".json" => ImportFormat.GeoJson,
            ".csv" or ".txt" => ImportFormat.Csv,
            ".xlsx" => ImportFormat.Xlsx,
            ".xls" => throw new ImportFileException("Old Excel files (.xls) cannot be read: save the file as .xlsx, or as CSV UTF-8."),
            _ => throw new ImportFileException("Choose a GeoJSON, CSV or XLSX file."),
        };
        if (content.Length == 0)
        {
            throw new ImportFileException("The file is empty.");
        }

        var found = Sniff(content);
        if (found != named)
        {
            throw new ImportFileException("The file is named {0} but does not contain that format: check the file.", Path.GetFileName(fileName));
        }

        return found;
    }

    /// <summary>The file's text, UTF-8 with or without its byte order mark; anything else is refused.</summary>
    public static string Text(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFileException("The file is not in UTF-8: save it as \"CSV UTF-8\" (Excel) or choose UTF-8 when exporting it.");
        }
    }

    private static ImportFormat Sniff(byte[] content)
    {
        if (content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return IsWorkbook(content)
                ? ImportFormat.Xlsx
                : throw new ImportFileException("The file is a zip archive but not an Excel workbook (.xlsx).");
        }

        if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new ImportFileException("Old Excel files (.xls) cannot be read: save the file as .xlsx, or as CSV UTF-8.");
        }

        if (content.AsSpan().IndexOf((byte)0) >= 0)
        {
            throw new ImportFileException("Choose a GeoJSON, CSV or XLSX file.");
        }

        var text = Text(content);
        return text.TrimStart().StartsWith('{') ? ImportFormat.GeoJson : ImportFormat.Csv;
    }

    private static bool IsWorkbook(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                throw new ImportFileException("The workbook is too large once unpacked: split it into several files.");
            }

            return zip.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Column names as people read them: trimmed, "Column 3" for a blank one, a number added to a repeated one.</summary>
    public static List<string> ColumnNames(IEnumerable<string?> header, Func<int, string> blank)
    {
        var names = new List<string>();
        var index = 0;
        foreach (var cell in header)
        {
            index++;
            var name = string.IsNullOrWhiteSpace(cell) ? blank(index) : cell.Trim();
            var unique = name;
            for (var n = 2; names.Contains(unique, StringComparer.OrdinalIgnoreCase); n++)
            {
                unique = $"{name} ({n})";
            }

            names.Add(unique);
        }

        return names;
    }
}
