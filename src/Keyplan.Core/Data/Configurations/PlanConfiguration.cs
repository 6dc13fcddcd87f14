using Keyplan.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Keyplan.Core.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.Language).HasMaxLength(Plan.LanguageMaxLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Account).WithMany()
            .HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.TemplateVersion).WithMany()
            .HasForeignKey(p => p.TemplateVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Owner).WithMany()
            .HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Restrict);

        // One plan per account and period.
        builder.HasIndex(p => new { p.AccountId, p.PeriodStart, p.PeriodEnd }).IsUnique();
        builder.HasIndex(p => p.OwnerId);
    }
}

internal sealed class PlanTeamMemberConfiguration : IEntityTypeConfiguration<PlanTeamMember>
{
    public void Configure(EntityTypeBuilder<PlanTeamMember> builder)
    {
        builder.HasKey(t => new { t.PlanId, t.UserId });
        builder.Property(t => t.Role).HasConversion<string>().HasMaxLength(30);
        builder.HasOne(t => t.Plan).WithMany(p => p.Team).HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.UserId);
    }
}

internal sealed class PlanSectionConfiguration : IEntityTypeConfiguration<PlanSection>
{
    public void Configure(EntityTypeBuilder<PlanSection> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(PlanSection.KeyMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Plan).WithMany(p => p.Sections).HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.UpdatedBy).WithMany().HasForeignKey(s => s.UpdatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.PlanId, s.Key }).IsUnique();
    }
}
