using Keyplan.Core.Accounts;
using Keyplan.Core.Identity;
using Keyplan.Core.Import;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Templates;
using Keyplan.Core.Selection;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Data;

public class KeyplanDbContext(DbContextOptions<KeyplanDbContext> options) : IdentityDbContext<User>(options)
{
    public DbSet<OrganisationSettings> OrganisationSettings => Set<OrganisationSettings>();
    public DbSet<BusinessArea> BusinessAreas => Set<BusinessArea>();
    public DbSet<ProductGroup> ProductGroups => Set<ProductGroup>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<AccountTeamMember> AccountTeamMembers => Set<AccountTeamMember>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<RevenueRecord> RevenueRecords => Set<RevenueRecord>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanTeamMember> PlanTeamMembers => Set<PlanTeamMember>();
    public DbSet<PlanSection> PlanSections => Set<PlanSection>();
    public DbSet<PlanTemplate> PlanTemplates => Set<PlanTemplate>();
    public DbSet<PlanTemplateVersion> PlanTemplateVersions => Set<PlanTemplateVersion>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportMapping> ImportMappings => Set<ImportMapping>();
    public DbSet<SelectionCriterion> SelectionCriteria => Set<SelectionCriterion>();
    public DbSet<AccountRating> AccountRatings => Set<AccountRating>();
    public DbSet<AccountNomination> AccountNominations => Set<AccountNomination>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KeyplanDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no decimal or timestamp-with-offset type: EF stores both as text there, which cannot be
        // compared or sorted in SQL. Money is stored as REAL and instants as ticks, so lists sort in the database.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<SqliteDateTimeOffsetConverter>();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        VersionStamper.Stamp(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        VersionStamper.Stamp(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
