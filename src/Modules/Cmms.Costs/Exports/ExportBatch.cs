using Cmms.Kernel.Domain;

namespace Cmms.Costs.Exports;

/// <summary>
/// What finance received for a closed period: numbered per organisation and year (2026-003), made once and
/// never changed. The files' bytes are kept with their SHA-256, so a download months later is the very file
/// imported then; asking again for the same period returns this batch.
/// </summary>
public sealed class ExportBatch : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid PeriodId { get; set; }

    public int PeriodKey { get; set; }

    public int Year { get; set; }

    public int Sequence { get; set; }

    public string Number => $"{Year}-{Sequence:000}";

    public int LineCount { get; set; }

    public decimal Total { get; set; }

    public DateTime ProducedAtUtc { get; set; }

    public required string ProducedBy { get; set; }

    public List<ExportFile> Files { get; } = [];
}

/// <summary>One file of a batch: its name, type, bytes and SHA-256 (hex).</summary>
public sealed class ExportFile : Entity, IOrganisationOwned
{
    public Guid OrganisationId { get; set; }

    public Guid BatchId { get; set; }

    public required string Name { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public long Length { get; set; }

    public required string Sha256 { get; set; }
}
