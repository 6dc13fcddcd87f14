using Keyplan.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Keyplan.Core.Data.Configurations;

internal sealed class RevenueRecordConfiguration : IEntityTypeConfiguration<RevenueRecord>
{
    public void Configure(EntityTypeBuilder<RevenueRecord> builder)
    {
        builder.Property(r => r.Revenue).HasPrecision(18, 2);
        builder.Property(r => r.ContributionMargin).HasPrecision(18, 2);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Account).WithMany(a => a.Revenue)
            .HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.ProductGroup).WithMany()
            .HasForeignKey(r => r.ProductGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AccountId, r.Year, r.ProductGroupId }).IsUnique();
    }
}
