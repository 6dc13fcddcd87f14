using Keyplan.Core;
using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Completeness;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Plans.Templates;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.UnitTests.Demo;

/// <summary>The demo's example plans: three complete ones in de, nl and en, and others at various stages.</summary>
public sealed class DemoPlansTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    [Theory]
    [InlineData(DemoPlans.GermanAccount, "de", "DE")]
    [InlineData(DemoPlans.DutchAccount, "nl", "NL")]
    [InlineData(DemoPlans.BritishAccount, "en", "GB")]
    public async Task CompletePlan_ForADemoKamKeyAccountInEachLanguage_MissesNothing(string account, string language, string country)
    {
        var kam = await UserIdAsync(DemoUsers.Kam);

        var plan = Assert.Single(await PlansAsync(), p => p.Account!.Name == account);

        Assert.Equal(language, plan.Language);
        Assert.Equal(country, plan.Account!.Country);
        Assert.Equal(BuiltInTemplates.VersionId(PlanTemplateKind.Full), plan.TemplateVersionId);
        Assert.Equal(kam, plan.OwnerId);
        Assert.Equal(kam, plan.Account.KeyAccountManagerId);
        Assert.True(plan.Account.IsKeyAccount);
        Assert.Equal(InMemoryKeyplan.Now.Year, plan.FiscalYear);
        Assert.Equal(SectionCatalog.All.Count, plan.Sections.Count);
        Assert.Empty(Completeness(plan).Missing);
        Assert.Equal(100, Completeness(plan).Percent);
    }

    [Fact]
    public async Task CompletePlans_AreExactlyTheThreeExamples()
    {
        var complete = (await PlansAsync()).Where(p => Completeness(p).Missing.Count == 0);

        Assert.Equal([DemoPlans.BritishAccount, DemoPlans.DutchAccount, DemoPlans.GermanAccount], complete.Select(p => p.Account!.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CompletePlans_FillEverySectionAndLinkObjectivesToStrategyKpisAndActions()
    {
        var complete = (await PlansAsync()).Where(p => Completeness(p).Missing.Count == 0).ToList();

        Assert.Equal(3, complete.Count);
        Assert.All(complete, plan =>
        {
            var snapshot = GetCompletenessHandler.Snapshot(plan);
            Assert.All(SectionCatalog.All, s => Assert.NotEqual(SectionJson.Serialize(s.CreateEmpty()), SectionJson.Serialize(snapshot.Sections[s.Key])));
            var objectives = snapshot.Section<ObjectivesSection>(SectionKeys.Objectives).Objectives.Select(o => o.Id).ToList();
            Assert.Equal(3, objectives.Count);
            Assert.All(objectives, id =>
            {
                Assert.Contains(snapshot.Section<KpisSection>(SectionKeys.Kpis).Kpis, k => k.ObjectiveId == id);
                Assert.Contains(snapshot.Section<ActionsSection>(SectionKeys.Actions).Actions, a => a.ObjectiveId == id);
            });
            Assert.InRange(snapshot.Section<BuyingCenterSection>(SectionKeys.BuyingCenter).Stakeholders.Count, 5, 15);
        });
    }

    [Fact]
    public async Task EveryDemoPlan_EverySection_PassesDeepValidation()
    {
        var plans = await PlansAsync();

        Assert.All(plans, plan => Assert.All(GetCompletenessHandler.Snapshot(plan).Sections, section =>
            Assert.True(DeepValidation.Validate(section.Value) is null, $"{plan.Account!.Name}, {section.Key}: {Errors(section.Value)}")));
    }

    [Fact]
    public async Task EveryDemoPlan_LinksOnlyContactsOfItsOwnAccount()
    {
        var plans = await PlansAsync();
        var contacts = await WithDbAsync(db => db.Contacts.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.AccountId));

        Assert.All(plans, plan =>
        {
            var sections = GetCompletenessHandler.Snapshot(plan);
            var linked = sections.Section<BuyingCenterSection>(SectionKeys.BuyingCenter).Stakeholders.Select(s => s.ContactId!.Value)
                .Concat(sections.Section<ProfileSection>(SectionKeys.Profile).PrimaryContactIds)
                .Concat(sections.Section<StrategySection>(SectionKeys.Strategy).Entries.SelectMany(e => e.ContactIds))
                .Concat(sections.Section<VisitsSection>(SectionKeys.Visits).Visits.SelectMany(v => v.ContactIds))
                .Concat(sections.Section<CommunicationSection>(SectionKeys.Communication).Entries.Select(e => e.ContactId).OfType<int>());
            Assert.All(linked, id => Assert.Equal(plan.AccountId, contacts[id]));
        });
    }

    [Fact]
    public async Task EveryDemoPlan_ActionOwnersAndVisitAttendees_AreTheKamOrTheAccountTeam()
    {
        var plans = await PlansAsync();

        Assert.All(plans, plan =>
        {
            var team = plan.Account!.Team.Select(t => t.UserId).Append(plan.Account.KeyAccountManagerId!).ToHashSet();
            var sections = GetCompletenessHandler.Snapshot(plan);
            var people = sections.Section<ActionsSection>(SectionKeys.Actions).Actions.Select(a => a.OwnerUserId).OfType<string>()
                .Concat(sections.Section<VisitsSection>(SectionKeys.Visits).Visits.SelectMany(v => v.AttendeeUserIds))
                .Concat(sections.Section<BuyingCenterSection>(SectionKeys.BuyingCenter).Stakeholders.Select(s => s.RelationshipOwnerUserId).OfType<string>())
                .Concat(sections.Section<CommunicationSection>(SectionKeys.Communication).Entries.Select(e => e.OwnerUserId).OfType<string>());
            Assert.All(people, id => Assert.Contains(id, team));
            Assert.Equal(plan.Account.Team.Select(t => t.UserId).Order(), plan.Team.Select(t => t.UserId).Order());
        });
    }

    [Fact]
    public async Task PartialPlans_AtVariousStages_HaveMissingItems()
    {
        var plans = await PlansAsync();
        var kam2 = await UserIdAsync(DemoUsers.Kam2);

        var partial = plans.Where(p => Completeness(p).Missing.Count > 0).ToList();

        Assert.InRange(partial.Count, 6, 10);
        Assert.Equal(plans.Count, plans.Select(p => p.AccountId).Distinct().Count());
        Assert.All(plans, p => Assert.True(p.Account!.IsKeyAccount));
        Assert.Contains(partial, p => p.TemplateVersionId == BuiltInTemplates.VersionId(PlanTemplateKind.Light));
        Assert.Contains(partial, p => p.OwnerId == kam2);
        Assert.Equal(["de", "en", "nl"], partial.Select(p => p.Language).Distinct().Order());
        Assert.Contains(partial, p => Has(p, MissingItemKind.PlanNotUpdated));
        Assert.Contains(partial, p => Has(p, MissingItemKind.ObjectiveWithoutTarget));
        Assert.Contains(partial, p => Has(p, MissingItemKind.NoTopOpportunities) && !Has(p, MissingItemKind.SwotEmpty));
        Assert.Contains(partial, p => Has(p, MissingItemKind.TopRiskUnaddressed));
        Assert.Contains(partial, p => Has(p, MissingItemKind.VisitsBelowTarget));
    }

    [Fact]
    public async Task PlanLanguages_FollowTheAccountsCountry()
    {
        var plans = await PlansAsync();

        Assert.All(plans, p => Assert.Equal(p.Account!.Country switch { "DE" => "de", "NL" => "nl", _ => "en" }, p.Language));
    }

    [Fact]
    public async Task TwoEmptyDatabases_GetTheSamePlans()
    {
        await using var other = await InMemoryKeyplan.CreateAsync();
        await other.WithAsync<DemoSeeder, bool>(seeder => seeder.SeedIfEmptyAsync(CancellationToken.None));

        Assert.Equal(await ContentAsync(demo.Keyplan), await ContentAsync(other));
    }

    private static PlanCompleteness Completeness(Plan plan) =>
        CompletenessCalculator.Calculate(GetCompletenessHandler.Snapshot(plan), InMemoryKeyplan.Now);

    private static bool Has(Plan plan, MissingItemKind kind) => Completeness(plan).Missing.Any(m => m.Kind == kind);

    private static string Errors(SectionContent content) =>
        DeepValidation.Validate(content) is { } invalid ? string.Join("; ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")) : string.Empty;

    private Task<List<Plan>> PlansAsync() => WithDbAsync(db => db.Plans.AsNoTracking()
        .Include(p => p.Sections).Include(p => p.Team).Include(p => p.Account).ThenInclude(a => a!.Team)
        .AsSplitQuery().OrderBy(p => p.Id).ToListAsync());

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = demo.Keyplan.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync(email))!.Id;
    }

    private Task<T> WithDbAsync<T>(Func<KeyplanDbContext, Task<T>> query) => demo.Keyplan.WithAsync(query);

    /// <summary>
    /// Every plan's account, language and sections as text. Contact ids are the same in two fresh databases; user ids
    /// are not, so they are replaced by the users' e-mail addresses.
    /// </summary>
    private static Task<List<string>> ContentAsync(InMemoryKeyplan keyplan) =>
        keyplan.WithAsync<KeyplanDbContext, List<string>>(async db =>
        {
            var users = await db.Users.AsNoTracking().ToListAsync();
            var plans = await db.Plans.AsNoTracking().Include(p => p.Account).Include(p => p.Sections).AsSplitQuery().ToListAsync();
            return plans.OrderBy(p => p.Account!.AccountNumber, StringComparer.Ordinal)
                .Select(p => users.Aggregate(
                    string.Join("|", p.Account!.AccountNumber, p.Language, p.TemplateVersionId, p.UpdatedAt, p.OwnerId,
                        string.Join(",", p.Sections.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key + s.Content))),
                    (text, user) => text.Replace(user.Id, user.Email, StringComparison.Ordinal)))
                .ToList();
        });
}
