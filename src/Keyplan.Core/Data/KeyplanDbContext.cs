using Keyplan.Core.Accounts;
using Keyplan.Core.Audit;
using Keyplan.Core.Identity;
using Keyplan.Core.Import;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Templates;
using Keyplan.Core.Selection;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Data;

/// <param name="clock">The time of audit entries; the design-time factory and tests without DI get the system clock.</param>
public class KeyplanDbContext(DbContextOptions<KeyplanDbContext> options, TimeProvider? clock = null) : IdentityDbContext<User>(options)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private int _auditSuspensions;

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
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Workflow.PlanTransition> PlanTransitions => Set<Workflow.PlanTransition>();
    public DbSet<Workflow.PlanVersion> PlanVersions => Set<Workflow.PlanVersion>();
    public DbSet<Workflow.QualityCriterion> QualityCriteria => Set<Workflow.QualityCriterion>();
    public DbSet<Workflow.QualityScore> QualityScores => Set<Workflow.QualityScore>();
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();
    public DbSet<Reviews.PlanReview> PlanReviews => Set<Reviews.PlanReview>();
    public DbSet<Reviews.SentReminder> SentReminders => Set<Reviews.SentReminder>();
    public DbSet<Decisions.DecisionSubmission> DecisionSubmissions => Set<Decisions.DecisionSubmission>();
    public DbSet<Dashboards.RolloutProgramme> RolloutProgrammes => Set<Dashboards.RolloutProgramme>();

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

    /// <summary>
    /// Leaves the audit trail out of the saves inside the returned scope. Only for bulk writes that record themselves as
    /// a whole, such as an import (its batch says who imported which file when, with the counts).
    /// </summary>
    public IDisposable SuspendAudit()
    {
        _auditSuspensions++;
        return new AuditResumption(this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        VersionStamper.Stamp(ChangeTracker);
        var pending = CaptureAudit();
        if (pending.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var count = base.SaveChanges(acceptAllChangesOnSuccess);
        AddAuditEntries(pending);
        base.SaveChanges(acceptAllChangesOnSuccess: true);
        transaction?.Commit();
        return count;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        VersionStamper.Stamp(ChangeTracker);
        var pending = CaptureAudit();
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The change and its audit entries commit together: new rows get their ids in the first save, and the
        // entries that name them are written in the second, inside the caller's transaction or one of our own.
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        AddAuditEntries(pending);
        await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return count;
    }

    private List<PendingAudit> CaptureAudit()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail cannot be changed or deleted.");
        }

        return _auditSuspensions > 0 ? [] : AuditTrail.Capture(ChangeTracker);
    }

    private void AddAuditEntries(List<PendingAudit> pending)
    {
        var actor = AuditActor.Current;
        var now = _clock.GetUtcNow();
        AuditEntries.AddRange(pending.Select(p => AuditTrail.ToEntry(p, actor, now)));
    }

    private sealed class AuditResumption(KeyplanDbContext db) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                db._auditSuspensions--;
            }
        }
    }
}
