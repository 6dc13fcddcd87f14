using Keyplan.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Keyplan.Core.Data.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.FirstName).HasMaxLength(Contact.NameMaxLength);
        builder.Property(c => c.LastName).HasMaxLength(Contact.NameMaxLength);
        builder.Property(c => c.Title).HasMaxLength(Contact.TitleMaxLength);
        builder.Property(c => c.Department).HasMaxLength(Contact.DepartmentMaxLength);
        builder.Property(c => c.Email).HasMaxLength(Contact.EmailMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(Contact.PhoneMaxLength);
        builder.Property(c => c.SourceSystem).HasMaxLength(Contact.SourceSystemMaxLength);
        builder.Property(c => c.SourceRecordId).HasMaxLength(Contact.SourceRecordIdMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.FullName);

        builder.HasOne(c => c.Account).WithMany(a => a.Contacts)
            .HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.ReportsTo).WithMany()
            .HasForeignKey(c => c.ReportsToId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.SourceSystem, c.SourceRecordId });
    }
}
