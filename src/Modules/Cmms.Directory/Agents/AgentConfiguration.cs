using Cmms.Directory.Teams;
using Cmms.Directory.Trades;
using Cmms.Directory.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Directory.Agents;

internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>, IEntityTypeConfiguration<AgentRate>
{
    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.ToTable("dir_agents");
        builder.Property(a => a.EmployeeNumber).HasMaxLength(20);
        builder.Property(a => a.FirstName).HasMaxLength(100);
        builder.Property(a => a.LastName).HasMaxLength(100);
        builder.Ignore(a => a.FullName);
        builder.HasOne<Trade>().WithMany().HasForeignKey(a => a.TradeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Rates).WithOne().HasForeignKey(r => r.AgentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.OrganisationId, a.EmployeeNumber }).IsUnique();
        builder.HasIndex(a => new { a.OrganisationId, a.LastName, a.FirstName });
        builder.HasIndex(a => a.UserId);
    }

    public void Configure(EntityTypeBuilder<AgentRate> builder)
    {
        builder.ToTable("dir_agent_rates");
        builder.Property(r => r.CreatedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.AgentId, r.EffectiveFrom }).IsUnique();
    }
}
