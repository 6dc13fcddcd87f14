using Keyplan.Core.Decisions;
using Keyplan.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Keyplan.Core.Data.Configurations;

internal sealed class PlanReviewConfiguration : IEntityTypeConfiguration<PlanReview>
{
    public void Configure(EntityTypeBuilder<PlanReview> builder)
    {
        builder.Property(r => r.Participants).HasMaxLength(PlanReview.ParticipantsMaxLength);
        builder.Property(r => r.ObjectivesProgress).HasMaxLength(PlanReview.TextMaxLength);
        builder.Property(r => r.ActionsProgress).HasMaxLength(PlanReview.TextMaxLength);
        builder.Property(r => r.Decisions).HasMaxLength(PlanReview.TextMaxLength);
        builder.Property(r => r.NextSteps).HasMaxLength(PlanReview.TextMaxLength);
        builder.HasOne(r => r.Plan).WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.RecordedBy).WithMany().HasForeignKey(r => r.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PlanId, r.PeriodEnd });
    }
}

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> builder)
    {
        builder.HasKey(r => r.Key);
        builder.Property(r => r.Key).HasMaxLength(SentReminder.KeyMaxLength);
    }
}

internal sealed class DecisionSubmissionConfiguration : IEntityTypeConfiguration<DecisionSubmission>
{
    public void Configure(EntityTypeBuilder<DecisionSubmission> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(DecisionSubmission.TitleMaxLength);
        builder.Property(s => s.Rationale).HasMaxLength(DecisionSubmission.TextMaxLength);
        builder.Property(s => s.Options).HasMaxLength(DecisionSubmission.TextMaxLength);
        builder.Property(s => s.Recommendation).HasMaxLength(DecisionSubmission.TextMaxLength);
        builder.Property(s => s.EscalationComment).HasMaxLength(DecisionSubmission.TextMaxLength);
        builder.Property(s => s.DecisionComment).HasMaxLength(DecisionSubmission.TextMaxLength);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Plan).WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.SubmittedBy).WithMany().HasForeignKey(s => s.SubmittedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.EscalatedBy).WithMany().HasForeignKey(s => s.EscalatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.DecidedBy).WithMany().HasForeignKey(s => s.DecidedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.PlanId, s.ItemId });
        builder.HasIndex(s => s.Stage);
    }
}

internal sealed class RolloutProgrammeConfiguration : IEntityTypeConfiguration<Dashboards.RolloutProgramme>
{
    public void Configure(EntityTypeBuilder<Dashboards.RolloutProgramme> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Goals).HasMaxLength(Dashboards.RolloutProgramme.TextMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
