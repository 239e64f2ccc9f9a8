using Cmms.Gis.Import.Mapping;
using Cmms.Kernel.Geo;
using Cmms.Kernel.Web;

namespace Cmms.Gis.Import;

public sealed record RegisterChoice(string Id, string Title, string Fields);

public sealed record RunRow(Guid Id, string Register, string FileName, ImportState State, int Rows, int? Imported, DateTime CreatedAtUtc, string StartedBy);

public sealed record ExportChoice(string Id, string Title);

public sealed record ImportIndexPage(IReadOnlyList<RegisterChoice> Registers, IReadOnlyList<ExportChoice> Exports, IReadOnlyList<RunRow> Recent, int MaxMegabytes, string? Register);

/// <param name="Column">The file's column chosen for the field, if any.</param>
public sealed record FieldChoice(string Name, string Label, string Type, bool Required, string? Column);

/// <summary>Everything the run's page shows, whatever its state: the mapping, the progress, the dry run's verdict.</summary>
public sealed record ImportRunPage(
    Guid Id,
    string RegisterTitle,
    GeometryKind? Kind,
    string FileName,
    ImportFormat Format,
    ImportState State,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string?>> Preview,
    IReadOnlyList<FieldChoice> Fields,
    ColumnMapping Mapping,
    int RowsTotal,
    int RowsDone,
    int RowsAccepted,
    int RowsRejected,
    int? RowsImported,
    string? Error,
    bool FileKept,
    Paged<Rejection> Rejections)
{
    public bool Running => State is ImportState.Checking or ImportState.Importing;

    public bool CanMap => FileKept && State is ImportState.Uploaded or ImportState.Checked or ImportState.Failed;

    public bool CanImport => State == ImportState.Checked && RowsAccepted > 0 && FileKept;

    public bool CanAbandon => State is ImportState.Uploaded or ImportState.Checked or ImportState.Failed;

    public int Percent => RowsTotal == 0 ? 0 : (int)Math.Round(100.0 * Math.Min(RowsDone, RowsTotal) / RowsTotal);
}

/// <summary>The page's polling answer (JSON).</summary>
public sealed record ImportProgress(string State, int Done, int Total, int Percent, int Accepted, int Rejected, int? Imported, string? Error, bool Running);
