using System.Globalization;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.Core.Documents;

/// <summary>Builds the review deck from the loaded plan; no database, so its rules are unit-testable.</summary>
internal static class ReviewDeckComposer
{
    public const int TopRiskCount = 5;

    public static ReviewDeck Compose(PlanDocumentInput input, PlanDocument document, DeckReview? latestReview)
    {
        var text = document.Text;
        var culture = document.Culture;
        var plan = input.Plan;
        var sections = input.Sections.Select(s => s.Content).ToList();
        var objectives = sections.OfType<ObjectivesSection>().SelectMany(o => o.Objectives).ToList();
        var kpis = sections.OfType<KpisSection>().SelectMany(k => k.Kpis).ToList();
        var title = text["Deck.ReviewDeck"];
        var none = text["Deck.None"];

        var slides = new List<DeckSlide>
        {
            new(title, document.AccountName, [
                new(text["Account"], document.AccountName),
                new(text["Period"], document.Cover.FirstOrDefault(f => f.Label == text["Period"])?.Value ?? document.Period),
                new(text["Deck.Kam"], document.OwnerName),
                new(text["Deck.Date"], input.Now.ToString("d", culture)),
            ]),
            Summary(document, sections, objectives),
            Kpis(document, kpis, objectives, plan.PeriodStart, plan.PeriodEnd),
            new(text["Deck.Objectives"], Table: new DocumentTable(null,
                [text.Field("Title"), text.Field("Target"), text.Field("DueDate"), text["Deck.Attainment"]],
                objectives.Select(o => (IReadOnlyList<string>)[
                    o.Title ?? string.Empty,
                    Amount(o.Target, o.Unit, culture),
                    o.DueDate?.ToString("d", culture) ?? string.Empty,
                    Attainment(o, kpis, culture)]).ToList()), Empty: none),
            new(text["Deck.OpenActions"], Table: new DocumentTable(null,
                [text.Field("Title"), text["Owner"], text.Field("DueDate"), text.Field("Status")],
                sections.OfType<ActionsSection>().SelectMany(a => a.Actions)
                    .Where(a => a.Status is ActionStatus.Planned or ActionStatus.InProgress)
                    .OrderBy(a => a.DueDate ?? DateOnly.MaxValue)
                    .Select(a => (IReadOnlyList<string>)[
                        a.Title ?? string.Empty,
                        a.OwnerUserId is { } owner ? input.Lookups.Users.GetValueOrDefault(owner, string.Empty) : string.Empty,
                        a.DueDate?.ToString("d", culture) ?? string.Empty,
                        text.Enum(a.Status)]).ToList()), Empty: none),
            new(text["Deck.TopRisks"], Table: new DocumentTable(null,
                [text["Deck.Risk"], text.Field("Impact"), text.Field("Likelihood")],
                sections.OfType<SwotSection>().SelectMany(s => s.TopRisks).Take(TopRiskCount)
                    .Select(r => (IReadOnlyList<string>)[
                        r.ItemId is { } id ? input.Lookups.Items.GetValueOrDefault(id, string.Empty) : string.Empty,
                        r.Impact?.ToString(culture) ?? string.Empty,
                        r.Likelihood?.ToString(culture) ?? string.Empty]).ToList()), Empty: none),
            Decisions(document, sections, latestReview),
        };
        return new ReviewDeck(document, title, slides);
    }

    private static DeckSlide Summary(PlanDocument document, List<SectionContent> sections, List<Objective> objectives)
    {
        var text = document.Text;
        var culture = document.Culture;
        var latest = document.Charts.Revenue.Count > 0 ? document.Charts.Revenue[^1] : null;
        var revenueTargets = objectives.Where(o => o.Measure == ObjectiveMeasure.Revenue && o.Target is not null).ToList();
        var figures = new List<DocumentField>
        {
            new(latest is null ? text["Revenue"] : $"{text["Revenue"]} {latest.Year.ToString(CultureInfo.InvariantCulture)}",
                latest is null ? "–" : Money(latest.Revenue, document.Currency, culture)),
            new(text["Deck.RevenueTarget"], revenueTargets.Count == 0 ? "–" : Money(revenueTargets.Sum(o => o.Target!.Value), document.Currency, culture)),
            new(text["ShareOfWallet"], latest?.ShareOfWalletPercent is { } share ? share.ToString("N1", culture) : "–"),
        };
        var summary = sections.OfType<SummarySection>().FirstOrDefault()?.Text;
        return new DeckSlide(text["Deck.Summary"], string.IsNullOrWhiteSpace(summary) ? null : summary.Trim(), figures);
    }

    private static DeckSlide Kpis(PlanDocument document, List<Kpi> kpis, List<Objective> objectives, DateOnly planStart, DateOnly planEnd)
    {
        var text = document.Text;
        var culture = document.Culture;
        var byId = objectives.ToDictionary(o => o.Id);
        var rows = kpis.Select(k =>
        {
            var latest = k.Actuals.Where(a => a is { PeriodEnd: not null, Actual: not null }).MaxBy(a => a.PeriodEnd);
            var objective = k.ObjectiveId is { } id ? byId.GetValueOrDefault(id) : null;
            var status = k.Status ?? KpiTracking.Assess(k, objective, planStart, planEnd)?.Status;
            return (IReadOnlyList<string>)[
                k.Name ?? string.Empty,
                Amount(k.Target, k.Unit, culture),
                Amount(latest?.Actual, k.Unit, culture),
                status is { } s ? text.Enum(s) : "–"];
        }).ToList();
        var chart = document.Charts.Kpis.Count > 0 ? DocumentChartData.For(document, ChartKind.KpiTargets) : null;
        return new DeckSlide(text["Deck.KpiStatus"],
            Table: new DocumentTable(null, [text["Kpi"], text.Field("Target"), text["LatestActual"], text.Field("Status")], rows),
            Chart: chart, Empty: text["Deck.None"]);
    }

    private static DeckSlide Decisions(PlanDocument document, List<SectionContent> sections, DeckReview? review)
    {
        var text = document.Text;
        var culture = document.Culture;
        var pending = sections.OfType<DecisionsSection>().SelectMany(d => d.Requests).Where(r => r.Decision == DecisionOutcome.Pending)
            .Select(r => (IReadOnlyList<string>)[
                r.Title ?? string.Empty,
                r.Kind is { } kind ? text.Enum(kind) : string.Empty,
                r.Amount is { } amount ? Money(amount, document.Currency, culture) : string.Empty,
                r.Recommendation ?? string.Empty]).ToList();
        var fields = review is null ? null : new List<DocumentField>
        {
            new(text["Deck.LatestReview"], $"{text["Deck.HeldOn"]} {review.HeldOn.ToString("d", culture)} ({text.Field("PeriodEnd")} {review.PeriodEnd.ToString("d", culture)})"),
            new(text.Field("Decision"), review.Decisions ?? string.Empty),
            new(text["Deck.NextSteps"], review.NextSteps ?? string.Empty),
        }.Where(f => f.Value.Length > 0).ToList();
        return new DeckSlide(text["Deck.DecisionsNeeded"],
            Fields: fields,
            Table: new DocumentTable(null, [text.Field("Title"), text.Field("Kind"), text.Field("Amount"), text.Field("Recommendation")], pending),
            Empty: text["Deck.None"]);
    }

    /// <summary>How far the KPI measuring the objective has come towards the objective's target.</summary>
    private static string Attainment(Objective objective, List<Kpi> kpis, CultureInfo culture)
    {
        var actual = kpis.Where(k => k.ObjectiveId == objective.Id)
            .SelectMany(k => k.Actuals).Where(a => a is { PeriodEnd: not null, Actual: not null })
            .MaxBy(a => a.PeriodEnd)?.Actual;
        return objective.Target is > 0 && actual is { } value
            ? Math.Round(value / objective.Target.Value * 100, 0).ToString("N0", culture) + " %"
            : "–";
    }

    private static string Amount(decimal? value, string? unit, CultureInfo culture) =>
        value is { } v ? string.IsNullOrWhiteSpace(unit) ? v.ToString("N0", culture) : $"{v.ToString("#,##0.##", culture)} {unit.Trim()}" : string.Empty;

    private static string Money(decimal value, string currency, CultureInfo culture) =>
        string.IsNullOrWhiteSpace(currency) ? value.ToString("N0", culture) : $"{value.ToString("N0", culture)} {currency}";
}
