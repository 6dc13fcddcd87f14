using Keyplan.Core.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Keyplan.Core.Data.Configurations;

internal sealed class ImportMappingConfiguration : IEntityTypeConfiguration<ImportMapping>
{
    public void Configure(EntityTypeBuilder<ImportMapping> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(ImportMapping.NameMaxLength);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(ImportBatch.KindMaxLength);
        builder.HasIndex(m => new { m.Kind, m.Name }).IsUnique();
    }
}
