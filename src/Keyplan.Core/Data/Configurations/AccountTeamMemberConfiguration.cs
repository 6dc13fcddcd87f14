using Keyplan.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Keyplan.Core.Data.Configurations;

internal sealed class AccountTeamMemberConfiguration : IEntityTypeConfiguration<AccountTeamMember>
{
    public void Configure(EntityTypeBuilder<AccountTeamMember> builder)
    {
        builder.HasKey(t => new { t.AccountId, t.UserId });
        builder.HasOne(t => t.Account).WithMany(a => a.Team)
            .HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.User).WithMany()
            .HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Role).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(t => t.UserId);
    }
}
