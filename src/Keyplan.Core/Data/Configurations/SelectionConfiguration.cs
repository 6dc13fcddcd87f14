using System.Text.Json;
using Keyplan.Core.Selection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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

        // One JSON text column on both providers: a PostgreSQL text[] seeded with HasData makes the model differ on
        // every build (lists compare by reference there), and the descriptions are only ever read whole.
        builder.Property(c => c.LevelDescriptions).HasConversion(
            levels => JsonSerializer.Serialize(levels, (JsonSerializerOptions?)null),
            json => JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>(),
            new ValueComparer<List<string>>(
                (a, b) => a!.SequenceEqual(b!),
                levels => levels.Aggregate(0, (hash, level) => HashCode.Combine(hash, level.GetHashCode(StringComparison.Ordinal))),
                levels => levels.ToList()));
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

internal sealed class AccountNominationConfiguration : IEntityTypeConfiguration<AccountNomination>
{
    public void Configure(EntityTypeBuilder<AccountNomination> builder)
    {
        builder.Property(n => n.Reason).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Comment).HasMaxLength(AccountNomination.CommentMaxLength);
        builder.HasOne(n => n.Account).WithMany().HasForeignKey(n => n.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.KeyAccountManager).WithMany().HasForeignKey(n => n.KeyAccountManagerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(n => n.DecidedBy).WithMany().HasForeignKey(n => n.DecidedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(n => new { n.AccountId, n.DecidedAt });
    }
}
