using Keyplan.Core.Identity;
using Keyplan.Core.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Keyplan.Core.Data.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(ImportBatch.KindMaxLength);
        builder.Property(b => b.Source).HasConversion<string>().HasMaxLength(ImportBatch.SourceMaxLength);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(ImportBatch.StatusMaxLength);
        builder.Property(b => b.FilePath).HasMaxLength(ImportBatch.FilePathMaxLength);
        builder.Property(b => b.FileName).HasMaxLength(ImportBatch.FileNameMaxLength);
        builder.HasOne<User>().WithMany().HasForeignKey(b => b.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(b => b.CreatedAt);
    }
}
