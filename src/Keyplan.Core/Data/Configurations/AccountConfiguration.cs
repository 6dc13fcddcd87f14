using Keyplan.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Keyplan.Core.Data.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(Account.NameMaxLength);
        builder.Property(a => a.AccountNumber).HasMaxLength(Account.AccountNumberMaxLength);
        builder.Property(a => a.SourceSystem).HasMaxLength(Account.SourceSystemMaxLength);
        builder.Property(a => a.SourceRecordId).HasMaxLength(Account.SourceRecordIdMaxLength);
        builder.Property(a => a.Industry).HasMaxLength(Account.IndustryMaxLength);
        builder.Property(a => a.Country).HasMaxLength(Account.CountryMaxLength);
        builder.Property(a => a.City).HasMaxLength(Account.CityMaxLength);
        builder.Property(a => a.Website).HasMaxLength(Account.WebsiteMaxLength);
        builder.Property(a => a.Currency).HasMaxLength(Account.CurrencyMaxLength);
        builder.Property(a => a.Description).HasMaxLength(Account.DescriptionMaxLength);
        builder.Property(a => a.AnnualRevenue).HasPrecision(18, 2);
        builder.Property(a => a.Version).IsConcurrencyToken();

        builder.HasOne(a => a.ParentAccount).WithMany()
            .HasForeignKey(a => a.ParentAccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.BusinessArea).WithMany()
            .HasForeignKey(a => a.BusinessAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.KeyAccountManager).WithMany()
            .HasForeignKey(a => a.KeyAccountManagerId).OnDelete(DeleteBehavior.SetNull);

        // The list page filters and sorts on these.
        builder.HasIndex(a => a.Name);
        builder.HasIndex(a => a.AccountNumber);
        builder.HasIndex(a => new { a.BusinessAreaId, a.Name });
        builder.HasIndex(a => new { a.KeyAccountManagerId, a.Name });
        builder.HasIndex(a => a.Country);
        builder.HasIndex(a => a.Industry);
        builder.HasIndex(a => new { a.SourceSystem, a.SourceRecordId });
    }
}
