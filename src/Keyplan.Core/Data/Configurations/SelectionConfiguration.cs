using Keyplan.Core.Selection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Keyplan.Core.Data.Configurations;

internal sealed class SelectionCriterionConfiguration : IEntityTypeConfiguration<SelectionCriterion>
{
    public void Configure(EntityTypeBuilder<SelectionCriterion> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(SelectionCriterion.NameMaxLength);
        builder.Property(c => c.Group).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Weight).HasPrecision(9, 2);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasData(DefaultCriteria.All());
    }
}

internal sealed class AccountRatingConfiguration : IEntityTypeConfiguration<AccountRating>
{
    public void Configure(EntityTypeBuilder<AccountRating> builder)
    {
        builder.HasOne(r => r.Account).WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Criterion).WithMany().HasForeignKey(r => r.CriterionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.RatedBy).WithMany().HasForeignKey(r => r.RatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.AccountId, r.CriterionId, r.RatedAt });
    }
}
