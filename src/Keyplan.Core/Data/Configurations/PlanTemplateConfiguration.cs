using Keyplan.Core.Plans.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Keyplan.Core.Data.Configurations;

internal sealed class PlanTemplateConfiguration : IEntityTypeConfiguration<PlanTemplate>
{
    public void Configure(EntityTypeBuilder<PlanTemplate> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(PlanTemplate.NameMaxLength);
        builder.Property(t => t.BasedOn).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasData(BuiltInTemplates.Templates());
    }
}

internal sealed class PlanTemplateVersionConfiguration : IEntityTypeConfiguration<PlanTemplateVersion>
{
    public void Configure(EntityTypeBuilder<PlanTemplateVersion> builder)
    {
        builder.HasOne(v => v.Template).WithMany(t => t.Versions).HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.CreatedBy).WithMany().HasForeignKey(v => v.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(v => new { v.TemplateId, v.Number }).IsUnique();
        builder.HasData(BuiltInTemplates.Versions());
    }
}
