using Cmms.Directory.Services;
using Cmms.Directory.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cmms.Directory.Users;

internal sealed class MembershipConfiguration :
    IEntityTypeConfiguration<Membership>, IEntityTypeConfiguration<ManagedService>, IEntityTypeConfiguration<ReferentSite>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("dir_memberships");
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.UserId, m.OrganisationId }).IsUnique();
        builder.Property(m => m.Roles);
        builder.HasMany(m => m.ManagedServices).WithOne().HasForeignKey(s => s.MembershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.ReferentSites).WithOne().HasForeignKey(s => s.MembershipId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ManagedService> builder)
    {
        builder.ToTable("dir_managed_services");
        builder.HasOne<Service>().WithMany().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.MembershipId, s.ServiceId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ReferentSite> builder)
    {
        builder.ToTable("dir_referent_sites");
        builder.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.MembershipId, s.SiteId }).IsUnique();
    }
}
