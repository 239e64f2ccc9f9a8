using Cmms.Kernel.Geo;
using NetTopologySuite.Geometries;

namespace Cmms.Kernel.Import;

/// <summary>
/// A register that accepts an existing inventory (a town's tree survey, its street lights). The import
/// page reads GeoJSON, CSV or XLSX, lets the user map columns to <see cref="Fields"/>, asks
/// <see cref="CheckAsync"/> for a dry run, then <see cref="ImportAsync"/> writes every row or none.
/// </summary>
public interface IRegisterImport
{
    /// <summary>Stable id in URLs, the same as the register's feature layer when it has one ("trees").</summary>
    string Id { get; }

    string Title { get; }

    /// <summary>The register's geometry kind, or null for registers without geometry (vehicles).</summary>
    GeometryKind? Kind { get; }

    IReadOnlyList<ImportField> Fields { get; }

    /// <summary>Every row checked, nothing written: each refused row with its reason (in the user's language).</summary>
    Task<IReadOnlyList<ImportRejection>> CheckAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken);

    /// <summary>
    /// Writes every row in one transaction, reporting how many rows are done as it goes; refuses (and writes
    /// nothing) when a row is refused by the same checks.
    /// </summary>
    Task<int> ImportAsync(IReadOnlyList<ImportRow> rows, IProgress<int> progress, CancellationToken cancellationToken);
}

/// <param name="Label">English text key of the column's name, shown through the host's localiser.</param>
public sealed record ImportField(string Name, string Label, FieldType Type, bool Required);

/// <summary>One row of the file: its line number (for the dry run's list), its geometry and its mapped values.</summary>
public sealed record ImportRow(int Line, Geometry? Geometry, IReadOnlyDictionary<string, string?> Values);

public sealed record ImportRejection(int Line, string Reason);
