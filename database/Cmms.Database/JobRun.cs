using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Database;

/// <summary>
/// One run of a scheduled job, as the node that ran it reported: the jobs page shows the last runs and
/// their failures across every node. Deployment-wide, like the Quartz tables themselves.
/// </summary>
public sealed class JobRun
{
    public long Id { get; set; }

    public required string JobKey { get; set; }

    public required string Node { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public DateTime FinishedAtUtc { get; set; }

    public bool Succeeded { get; set; }

    public string? Result { get; set; }

    public string? Error { get; set; }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("sys_job_runs");
        builder.Property(r => r.JobKey).HasMaxLength(100);
        builder.Property(r => r.Node).HasMaxLength(200);
        builder.Property(r => r.Result).HasMaxLength(500);
        builder.Property(r => r.Error).HasMaxLength(4000);
        builder.HasIndex(r => new { r.JobKey, r.StartedAtUtc });
    }
}
