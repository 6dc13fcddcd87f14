using Keyplan.Core.Notifications;
using Keyplan.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Keyplan.Core.Data.Configurations;

internal sealed class PlanTransitionConfiguration : IEntityTypeConfiguration<PlanTransition>
{
    public void Configure(EntityTypeBuilder<PlanTransition> builder)
    {
        builder.Property(t => t.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Comment).HasMaxLength(PlanTransition.CommentMaxLength);
        builder.HasOne(t => t.Plan).WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Actor).WithMany().HasForeignKey(t => t.ActorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => t.PlanId);
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.HasOne(v => v.Plan).WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.ApprovedBy).WithMany().HasForeignKey(v => v.ApprovedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
    }
}

internal sealed class QualityCriterionConfiguration : IEntityTypeConfiguration<QualityCriterion>
{
    public void Configure(EntityTypeBuilder<QualityCriterion> builder)
    {
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(QualityCriterion.KeyMaxLength);
        // The rubric of SPEC §3, equally weighted until an administrator says otherwise.
        builder.HasData(QualityCriterion.Defaults.Select((key, i) => new QualityCriterion { Key = key, Weight = 1, SortOrder = i + 1 }));
    }
}

internal sealed class QualityScoreConfiguration : IEntityTypeConfiguration<QualityScore>
{
    public void Configure(EntityTypeBuilder<QualityScore> builder)
    {
        builder.Property(s => s.WeightedScore).HasPrecision(5, 2);
        builder.HasOne(s => s.Plan).WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.ScoredBy).WithMany().HasForeignKey(s => s.ScoredById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.PlanId, s.VersionNumber }).IsUnique();
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Subject).HasMaxLength(Notification.SubjectMaxLength);
        builder.Property(n => n.Comment).HasMaxLength(Notification.CommentMaxLength);
        builder.HasOne(n => n.Recipient).WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Actor).WithMany().HasForeignKey(n => n.ActorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(n => n.Plan).WithMany().HasForeignKey(n => n.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.RecipientId, n.ReadAt });
    }
}
