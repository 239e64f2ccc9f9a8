using Cmms.Kernel.Domain;

namespace Cmms.Gis.Import;

/// <summary>Where an import stands. A run moves forward only; a dry run may be repeated with another mapping.</summary>
public enum ImportState
{
    /// <summary>The file is read and its columns known: the person maps them to the register's fields.</summary>
    Uploaded,

    /// <summary>The dry run is under way: every row parsed and checked by the register, nothing written.</summary>
    Checking,

    /// <summary>The dry run is done: the person sees every rejected row and accepts (or not) to import the others.</summary>
    Checked,

    /// <summary>The accepted rows are being written, all in one transaction.</summary>
    Importing,

    Done,

    /// <summary>Something stopped the dry run or the import: nothing was written.</summary>
    Failed,

    /// <summary>The person gave up: the file is deleted, nothing was written.</summary>
    Abandoned,
}

public enum ImportFormat
{
    GeoJson,
    Csv,
    Xlsx,
}

/// <summary>
/// One import of a file into a register (gis_imports): the file itself until the run is over, the mapping of
/// its columns, the dry run's rejections and the progress of the run. Progress lives here, in the database,
/// so whichever web node answers the page's polling reads the same figures.
/// </summary>
internal sealed class ImportRun : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    /// <summary>The register's id (<c>IRegisterImport.Id</c>: "trees", "street-lights"…).</summary>
    public required string RegisterId { get; set; }

    public required string FileName { get; set; }

    public ImportFormat Format { get; set; }

    /// <summary>The file's bytes while the import may still need them; removed once done or abandoned.</summary>
    public byte[]? Content { get; set; }

    public int FileBytes { get; set; }

    /// <summary>The file's column names, in order (JSON array).</summary>
    public required string ColumnsJson { get; set; }

    /// <summary>The first rows of the file as read (JSON array of arrays), shown beside the mapping.</summary>
    public string? PreviewJson { get; set; }

    /// <summary>The person's choice of columns for each field and for the geometry (JSON <see cref="ColumnMapping"/>).</summary>
    public string? MappingJson { get; set; }

    public ImportState State { get; set; }

    /// <summary>Rows of the file (dry run), or rows to write (import).</summary>
    public int RowsTotal { get; set; }

    /// <summary>Rows read so far (dry run) or written so far (import).</summary>
    public int RowsDone { get; set; }

    public int RowsAccepted { get; set; }

    public int RowsRejected { get; set; }

    public int? RowsImported { get; set; }

    /// <summary>Every rejected row with its reason, in line order (JSON array of <see cref="Rejection"/>).</summary>
    public string? RejectionsJson { get; set; }

    /// <summary>Why the run stopped (shown to the person), when it failed.</summary>
    public string? Error { get; set; }

    public Guid? StartedByUserId { get; set; }

    public required string StartedBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Written with the progress: a run under way that no node has touched for minutes was interrupted.</summary>
    public DateTime UpdatedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }
}

/// <summary>A row the dry run refused: its line in the file (the spreadsheet's row number, or the feature's position) and why.</summary>
public sealed record Rejection(int Line, string Reason);
