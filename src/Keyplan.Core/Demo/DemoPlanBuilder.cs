using System.Globalization;
using System.Text.RegularExpressions;
using Keyplan.Core.Accounts;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Plans.Templates;

namespace Keyplan.Core.Demo;

/// <summary>
/// What the demo plans of one account are written from: the account with its contacts, team, revenue and
/// subsidiaries, the people on our side, and the date. Dates are in the current fiscal year of <paramref name="now"/>.
/// </summary>
internal sealed partial class DemoPlanBuilder(
    Account account,
    IReadOnlyList<Account> subsidiaries,
    IReadOnlyList<ProductGroup> productGroups,
    DemoPlanPeople people,
    DateTimeOffset now,
    int number)
{
    public Account Account => account;
    public IReadOnlyList<Account> Subsidiaries => subsidiaries;
    public int Year { get; } = now.Year;
    public int LastYear => Year - 1;
    public DateOnly Today { get; } = DateOnly.FromDateTime(now.UtcDateTime);
    public DateTimeOffset Now => now;
    public string Currency => account.Currency ?? OrganisationSettings.DefaultCurrency;

    /// <summary>The account's KAM, who owns the plan.</summary>
    public string Kam => account.KeyAccountManagerId!;

    /// <summary>The first account team member, or the KAM where the account has no team.</summary>
    public string Team => account.Team.OrderBy(t => t.UserId, StringComparer.Ordinal).Select(t => t.UserId).FirstOrDefault() ?? Kam;

    /// <summary>The KAM and, where there is one, the team member.</summary>
    public IReadOnlyList<string> KamAndTeam => Team == Kam ? [Kam] : [Kam, Team];

    public string BusinessAreaManager => people.BusinessAreaManager;
    public string Management => people.Management;

    public DateOnly Date(int month, int day) => new(Year, month, day);

    public DateOnly DaysAgo(int days) => Today.AddDays(-days);

    /// <summary>The first contact of the account holding one of the titles, in the order given; null if none does.</summary>
    public int? Contact(params string[] titles) =>
        titles.Select(t => account.Contacts.FirstOrDefault(c => string.Equals(c.Title, t, StringComparison.Ordinal)))
            .FirstOrDefault(c => c is not null)?.Id;

    /// <summary>The contacts that exist, without repeats.</summary>
    public static IReadOnlyList<int> Ids(params int?[] ids) => ids.OfType<int>().Distinct().ToList();

    /// <summary>Assessments of contacts that exist; where two fall back to the same person, the first one counts.</summary>
    public static BuyingCenterSection BuyingCenter(params StakeholderAssessment[] stakeholders) => new()
    {
        Stakeholders = stakeholders.Where(s => s.ContactId is not null).DistinctBy(s => s.ContactId).ToList(),
    };

    public int ProductGroup(string code) => productGroups.First(p => p.Code == code).Id;

    /// <summary>Our revenue with the account in a year, in all product groups or in one.</summary>
    public decimal Revenue(int year, string? code = null) => account.Revenue
        .Where(r => r.Year == year && (code is null || r.ProductGroupId == ProductGroup(code))).Sum(r => r.Revenue);

    /// <summary>A revenue target for each product group the account bought last year: last year's revenue grown by the rate.</summary>
    public IReadOnlyList<RevenueTarget> RevenueTargets(decimal growth) => productGroups
        .Select(g => (g.Id, LastYear: Revenue(LastYear, g.Code)))
        .Where(g => g.LastYear > 0)
        .Select(g => new RevenueTarget { ProductGroupId = g.Id, Amount = Thousands(g.LastYear * (1 + growth)) })
        .ToList();

    public decimal Margin(int year) => account.Revenue.Where(r => r.Year == year).Sum(r => r.ContributionMargin);

    /// <summary>The customer's purchases in our categories in the three years of history, from our revenue and a share of wallet.</summary>
    public IReadOnlyList<PurchaseVolume> PurchaseVolumes(params decimal[] shares) =>
        shares.Select((share, i) => (Year: LastYear - shares.Length + 1 + i, Share: share))
            .Select(s => new PurchaseVolume { Year = s.Year, Amount = Thousands(Revenue(s.Year) / s.Share) }).ToList();

    public static decimal Thousands(decimal amount) => Math.Round(amount / 1000m, MidpointRounding.AwayFromZero) * 1000m;

    /// <summary>Done once the date has passed, in progress in the six weeks before it, planned before that.</summary>
    public ActionStatus ActionStatus(DateOnly due) =>
        due < Today ? Plans.Sections.ActionStatus.Done : due <= Today.AddDays(42) ? Plans.Sections.ActionStatus.InProgress : Plans.Sections.ActionStatus.Planned;

    public VisitStatus VisitStatus(DateOnly date) => date < Today ? Plans.Sections.VisitStatus.Done : Plans.Sections.VisitStatus.Planned;

    /// <summary>
    /// The KPIs with the status their latest actual suggests: which quarters have ended depends on the day the demo is
    /// seeded, so a fixed status would contradict the figures shown beside it.
    /// </summary>
    public List<Kpi> Assessed(IEnumerable<Kpi> kpis, IReadOnlyList<Objective> objectives) =>
        [.. kpis.Select(k => k with
        {
            Status = KpiTracking.Assess(k, objectives.FirstOrDefault(o => o.Id == k.ObjectiveId), new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31))?.Status,
        })];

    /// <summary>The actuals of the quarters that have ended, from the values given per quarter.</summary>
    public IReadOnlyList<KpiActual> Quarters(params decimal[] actuals) => actuals
        .Select((actual, i) => (End: new DateOnly(Year, (i + 1) * 3, 1).AddMonths(1).AddDays(-1), Actual: actual, Quarter: i + 1))
        .Where(q => q.End < Today)
        .Select(q => new KpiActual { PeriodEnd = q.End, Label = string.Create(CultureInfo.InvariantCulture, $"Q{q.Quarter} {Year}"), Actual = q.Actual })
        .ToList();

    public static List<TextItem> Items(params string[] texts) => texts.Select(t => new TextItem { Text = t }).ToList();

    public static SwotItem Item(string text, string implication) => new() { Text = text, Implication = implication };

    public static TopItem Top(SwotItem item, int impact, int likelihood) => new() { ItemId = item.Id, Impact = impact, Likelihood = likelihood };

    /// <summary>
    /// The plan of the current fiscal year with the given sections; the template's other sections are empty. Item ids
    /// are renumbered so the demo is the same on every run, and links between items keep pointing at each other.
    /// </summary>
    public Plan Plan(string language, PlanTemplateKind template, DateTimeOffset updatedAt, IEnumerable<SectionContent> sections, int reviewIntervalMonths = Plans.Plan.DefaultReviewIntervalMonths)
    {
        var filled = sections.ToDictionary(s => s.GetType());
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var plan = new Plan
        {
            AccountId = account.Id,
            PeriodStart = new DateOnly(Year, 1, 1),
            PeriodEnd = new DateOnly(Year, 12, 31),
            FiscalYear = Year,
            OwnerId = Kam,
            Language = language,
            TemplateVersionId = BuiltInTemplates.VersionId(template),
            ReviewIntervalMonths = reviewIntervalMonths,
            CreatedAt = updatedAt.AddDays(-40),
            UpdatedAt = updatedAt,
        };
        plan.Team.AddRange(account.Team.Select(t => new PlanTeamMember { UserId = t.UserId, Role = t.Role }));
        plan.Sections.AddRange(BuiltInTemplates.Definition(template).SectionsOn()
            .Select(s => new PlanSection
            {
                Key = s.Key,
                Content = Renumber(SectionJson.Serialize(filled.GetValueOrDefault(s.ContentType) ?? s.CreateEmpty()), ids),
                UpdatedAt = updatedAt,
                UpdatedById = Kam,
            }));
        return plan;
    }

    /// <summary>Replaces the items' random ids; user ids look the same (a GUID as text) and are kept.</summary>
    private string Renumber(string json, Dictionary<string, string> ids) => GuidPattern().Replace(json, match =>
    {
        if (people.UserIds.Contains(match.Value))
        {
            return match.Value;
        }

        if (!ids.TryGetValue(match.Value, out var id))
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{number:x8}-d3e0-4000-8000-{ids.Count + 1:x12}");
            ids[match.Value] = id;
        }

        return id;
    });

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();
}

/// <summary>The users on our side who appear in every demo plan.</summary>
/// <param name="UserIds">Every user's id, so renumbering the items' ids leaves them alone.</param>
internal sealed record DemoPlanPeople(string BusinessAreaManager, string Management, IReadOnlySet<string> UserIds);
