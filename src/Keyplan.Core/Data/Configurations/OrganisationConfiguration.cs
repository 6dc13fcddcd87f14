using Keyplan.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Keyplan.Core.Data.Configurations;

internal sealed class BusinessAreaConfiguration : IEntityTypeConfiguration<BusinessArea>
{
    public void Configure(EntityTypeBuilder<BusinessArea> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(BusinessArea.NameMaxLength);
        builder.Property(b => b.Code).HasMaxLength(BusinessArea.CodeMaxLength);
        builder.HasIndex(b => b.Code).IsUnique();
    }
}

internal sealed class ProductGroupConfiguration : IEntityTypeConfiguration<ProductGroup>
{
    public void Configure(EntityTypeBuilder<ProductGroup> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(ProductGroup.NameMaxLength);
        builder.Property(p => p.Code).HasMaxLength(ProductGroup.CodeMaxLength);
        builder.HasIndex(p => p.Code).IsUnique();
    }
}

internal sealed class OrganisationSettingsConfiguration : IEntityTypeConfiguration<OrganisationSettings>
{
    public void Configure(EntityTypeBuilder<OrganisationSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.CompanyName).HasMaxLength(OrganisationSettings.CompanyNameMaxLength);
        builder.Property(s => s.Currency).HasMaxLength(3);
    }
}
