using System.Globalization;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Documents;

/// <summary>Loads a plan the user may see, with everything its documents show, into a <see cref="PlanDocument"/>.</summary>
public sealed class BuildPlanDocumentHandler(KeyplanDbContext db, TimeProvider clock)
{
    public async Task<Result<PlanDocument>> HandleAsync(int planId, DocumentAudience audience, CurrentUser user, CancellationToken cancellationToken)
    {
        var input = await LoadAsync(planId, user, cancellationToken);
        return input is null ? new Failure.NotFound() : PlanDocumentComposer.Compose(input, audience);
    }

    /// <summary>The review deck of a plan the user may see: internal, with the latest held review if there is one.</summary>
    public async Task<Result<ReviewDeck>> HandleDeckAsync(int planId, CurrentUser user, CancellationToken cancellationToken)
    {
        var input = await LoadAsync(planId, user, cancellationToken);
        if (input is null)
        {
            return new Failure.NotFound();
        }

        var review = await db.PlanReviews.AsNoTracking().Where(r => r.PlanId == planId)
            .OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.HeldOn).ThenByDescending(r => r.Id)
            .Select(r => new DeckReview(r.HeldOn, r.PeriodEnd, r.Decisions, r.NextSteps))
            .FirstOrDefaultAsync(cancellationToken);
        return ReviewDeckComposer.Compose(input, PlanDocumentComposer.Compose(input, DocumentAudience.Internal), review);
    }

    private async Task<PlanDocumentInput?> LoadAsync(int planId, CurrentUser user, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().VisibleTo(db, user)
            .Include(p => p.Account)
            .Include(p => p.Owner)
            .Include(p => p.Team).ThenInclude(t => t.User)
            .Include(p => p.Sections)
            .Include(p => p.TemplateVersion).ThenInclude(v => v!.Template)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var accountId = plan.AccountId;
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.AccountId == accountId)
            .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ToListAsync(cancellationToken);
        var revenue = await db.RevenueRecords.AsNoTracking().Where(r => r.AccountId == accountId)
            .GroupBy(r => r.Year).Select(g => new { Year = g.Key, Revenue = g.Sum(r => r.Revenue) })
            .ToListAsync(cancellationToken);
        var productGroups = await db.ProductGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.Id == accountId || a.ParentAccountId == accountId)
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);

        var content = ReadSections(plan);
        var userIds = ReferencedUserIds(plan, content);
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        return new PlanDocumentInput(
            plan,
            content,
            contacts.Select(c => new ContactInfo(c.Id, c.FullName, c.Title, c.Department, c.ReportsToId)).ToList(),
            revenue.Select(r => (r.Year, r.Revenue)).ToList(),
            new DocumentLookups(contacts.ToDictionary(c => c.Id, c => c.FullName), users, productGroups, accounts, ItemNames(content)),
            clock.GetUtcNow());
    }

    private static List<(SectionDefinition Definition, SectionContent Content)> ReadSections(Plan plan)
    {
        var template = plan.TemplateVersion!.Read();
        var stored = plan.Sections.ToDictionary(s => s.Key, StringComparer.OrdinalIgnoreCase);
        return template.SectionsOn()
            .Select(d => (d, stored.TryGetValue(d.Key, out var s) ? SectionJson.Deserialize(d, s.Content) : d.CreateEmpty()))
            .ToList();
    }

    private static HashSet<string> ReferencedUserIds(Plan plan, List<(SectionDefinition Definition, SectionContent Content)> content)
    {
        var ids = new HashSet<string>(plan.Team.Select(t => t.UserId)) { plan.OwnerId };
        foreach (var (_, section) in content)
        {
            switch (section)
            {
                case ActionsSection a: ids.UnionWith(a.Actions.Select(x => x.OwnerUserId).OfType<string>()); break;
                case VisitsSection v: ids.UnionWith(v.Visits.SelectMany(x => x.AttendeeUserIds)); break;
                case BuyingCenterSection b: ids.UnionWith(b.Stakeholders.Select(x => x.RelationshipOwnerUserId).OfType<string>()); break;
                case DecisionsSection d: ids.UnionWith(d.Requests.Select(x => x.DeciderUserId).OfType<string>()); break;
                default: break;
            }
        }

        return ids;
    }

    /// <summary>What an item link (a top risk's SWOT item, an action's objective) shows: the linked item's text.</summary>
    private static Dictionary<Guid, string> ItemNames(List<(SectionDefinition Definition, SectionContent Content)> content)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var (_, section) in content)
        {
            switch (section)
            {
                case SwotSection s:
                    foreach (var item in s.Strengths.Concat(s.Weaknesses).Concat(s.Opportunities).Concat(s.Threats))
                    {
                        names[item.Id] = item.Text ?? string.Empty;
                    }

                    break;
                case ObjectivesSection o:
                    foreach (var objective in o.Objectives)
                    {
                        names[objective.Id] = objective.Title ?? string.Empty;
                    }

                    break;
                default: break;
            }
        }

        return names;
    }
}

internal sealed record ContactInfo(int Id, string Name, string? Title, string? Department, int? ReportsToId);

internal sealed record PlanDocumentInput(
    Plan Plan,
    IReadOnlyList<(SectionDefinition Definition, SectionContent Content)> Sections,
    IReadOnlyList<ContactInfo> Contacts,
    IReadOnlyList<(int Year, decimal Revenue)> Revenue,
    DocumentLookups Lookups,
    DateTimeOffset Now);

/// <summary>Builds the document from loaded data; no database, so the rules (above all the customer view) are unit-testable.</summary>
internal static class PlanDocumentComposer
{
    public static PlanDocument Compose(PlanDocumentInput input, DocumentAudience audience)
    {
        var plan = input.Plan;
        var culture = CultureInfo.GetCultureInfo(plan.Language);
        var text = new DocumentText(culture);
        var customer = audience == DocumentAudience.Customer;
        var charts = customer ? DocumentCharts.None : Charts(input, text);
        var sections = new List<DocumentSection>();
        foreach (var (definition, content) in input.Sections)
        {
            if (customer && !CustomerView.ShowsSection(definition.Key))
            {
                continue;
            }

            Func<string, bool> shows = customer ? p => CustomerView.Shows(definition.Key, p) : _ => true;
            var renderer = new SectionRenderer(text, input.Lookups, shows);
            var blocks = renderer.Render(customer ? CustomerView.Shareable(content) : content, plan.TemplateVersion!.Read().FieldsOf(definition.Key), withCustomFields: !customer);
            if (!customer)
            {
                blocks.InsertRange(0, Extras(definition.Key, charts, input, text));
            }

            sections.Add(new DocumentSection(definition.Key, definition.Number, text.SectionTitle(definition.Key), blocks));
        }

        var period = $"{plan.PeriodStart.ToString("d", culture)} – {plan.PeriodEnd.ToString("d", culture)}";
        var owner = plan.Owner?.DisplayName ?? string.Empty;
        var account = plan.Account!;
        var cover = new List<DocumentField>
        {
            new(text["Account"], account.Name),
            new(text["Period"], plan.FiscalYear is { } year ? $"{year} ({period})" : period),
            new(text["Owner"], owner),
        };
        if (!customer)
        {
            cover.Add(new(text["Status"], text.Enum(plan.Status)));
            cover.Add(new(text["Team"], string.Join(", ", plan.Team.Select(t => $"{t.User?.DisplayName} ({text.Enum(t.Role)})"))));
            cover.Add(new(text["Industry"], account.Industry ?? string.Empty));
            cover.Add(new(text["Country"], account.Country ?? string.Empty));
        }

        cover.Add(new(text["Generated"], input.Now.ToString("d", culture)));
        return new PlanDocument(
            plan.Id,
            audience,
            text,
            customer ? text["CustomerSummary"] : text["KeyAccountPlan"],
            account.Name,
            text["Period"],
            plan.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? $"{plan.PeriodStart:yyyy}-{plan.PeriodEnd:yyyy}",
            owner,
            text.Enum(plan.Status),
            account.Currency ?? string.Empty,
            cover.Where(f => f.Value.Length > 0).ToList(),
            sections,
            customer ? null : Relationships(input),
            charts);
    }

    /// <summary>What a section shows beyond its own content: the charts, the revenue table, the relationship map.</summary>
    private static IEnumerable<DocumentBlock> Extras(string key, DocumentCharts charts, PlanDocumentInput input, DocumentText text)
    {
        switch (key)
        {
            case SectionKeys.History when charts.Revenue.Count > 0:
                yield return new ChartBlock(ChartKind.RevenueTrend);
                yield return new DocumentTable(text["RevenueTrend"], [text["Year"], text["Revenue"], text["ShareOfWallet"]],
                    charts.Revenue.Select(r => (IReadOnlyList<string>)[
                        r.Year.ToString(CultureInfo.InvariantCulture),
                        r.Revenue.ToString("N0", text.Culture),
                        r.ShareOfWalletPercent?.ToString("N1", text.Culture) ?? string.Empty]).ToList());
                break;
            case SectionKeys.BuyingCenter when input.Contacts.Count > 0:
                yield return new RelationshipBlock();
                break;
            case SectionKeys.Potential when charts.Whitespace.Count > 0:
                yield return new ChartBlock(ChartKind.Whitespace);
                break;
            case SectionKeys.Kpis when charts.Kpis.Count > 0:
                yield return new ChartBlock(ChartKind.KpiTargets);
                break;
            case SectionKeys.Budget when charts.Costs.Count > 0:
                yield return new ChartBlock(ChartKind.CostPlan);
                yield return new DocumentTable(text["CostPlan"], [text["Category"], text.Field("Amount")],
                    [.. charts.Costs.Select(c => (IReadOnlyList<string>)[c.Category, c.Amount.ToString("N0", text.Culture)]),
                        [text["TotalCost"], charts.Costs.Sum(c => c.Amount).ToString("N0", text.Culture)]]);
                break;
            default:
                break;
        }
    }

    private static RelationshipMap Relationships(PlanDocumentInput input)
    {
        var names = input.Contacts.ToDictionary(c => c.Id, c => c.Name);
        var text = new DocumentText(CultureInfo.GetCultureInfo(input.Plan.Language));
        var assessments = input.Sections.Select(s => s.Content).OfType<BuyingCenterSection>().SelectMany(b => b.Stakeholders)
            .Where(s => s.ContactId is not null)
            .ToDictionary(s => s.ContactId!.Value, s => string.Join(", ", s.Roles.Select(r => text.Enum(r))));
        return new RelationshipMap(input.Contacts.Select(c => new MapPerson(
            c.Id, c.Name, c.Title, c.Department, c.ReportsToId,
            c.ReportsToId is { } boss ? names.GetValueOrDefault(boss) : null,
            assessments.GetValueOrDefault(c.Id, string.Empty))).ToList());
    }

    private static DocumentCharts Charts(PlanDocumentInput input, DocumentText text)
    {
        var sections = input.Sections.Select(s => s.Content).ToList();
        var volumes = sections.OfType<HistorySection>().SelectMany(h => h.PurchaseVolumes)
            .Where(v => v.Year is not null && v.Amount is > 0)
            .GroupBy(v => v.Year!.Value).ToDictionary(g => g.Key, g => g.First().Amount!.Value);
        var revenue = input.Revenue.OrderBy(r => r.Year)
            .Select(r => new RevenuePoint(r.Year, r.Revenue,
                volumes.TryGetValue(r.Year, out var volume) ? Math.Round(r.Revenue / volume * 100, 1) : null))
            .ToList();

        var kpis = sections.OfType<KpisSection>().SelectMany(k => k.Kpis)
            .Select(k => new KpiPoint(k.Name ?? string.Empty, k.Target, k.Actuals.Where(a => a.PeriodEnd is not null).OrderBy(a => a.PeriodEnd).LastOrDefault()?.Actual))
            .ToList();

        var actionCost = sections.OfType<ActionsSection>().SelectMany(a => a.Actions)
            .Where(a => a.Status != ActionStatus.Cancelled).Sum(a => a.Cost ?? 0);
        var costs = sections.OfType<BudgetSection>().SelectMany(b => b.OtherCosts)
            .GroupBy(c => c.Category).OrderBy(g => g.Key)
            .Select(g => new CostPoint(text.Enum(g.Key), g.Sum(c => c.Amount ?? 0)))
            .ToList();
        if (actionCost > 0)
        {
            costs.Insert(0, new CostPoint(text["ActionCosts"], actionCost));
        }

        var whitespace = sections.OfType<PotentialSection>().SelectMany(p => p.Whitespace)
            .Where(c => c.State is not null)
            .GroupBy(c => c.State!.Value).OrderBy(g => g.Key)
            .Select(g => new WhitespacePoint(text.Enum(g.Key), g.Count(), g.Sum(c => c.Value ?? 0)))
            .ToList();
        return new DocumentCharts(revenue, kpis, costs, whitespace);
    }
}
