namespace Keyplan.Core.Plans.Sections;

/// <summary>Every section a plan can have, in document order (SPEC §2).</summary>
public static class SectionCatalog
{
    public static IReadOnlyList<SectionDefinition> All { get; } =
    [
        new(SectionKeys.Summary, 1, null, typeof(SummarySection), InLightTemplate: false),
        new(SectionKeys.Profile, 2, PlanStep.CollectData, typeof(ProfileSection), InLightTemplate: true),
        new(SectionKeys.History, 3, PlanStep.CollectData, typeof(HistorySection), InLightTemplate: true),
        new(SectionKeys.Market, 4, PlanStep.CollectData, typeof(MarketSection), InLightTemplate: false),
        new(SectionKeys.ValueChain, 5, PlanStep.CollectData, typeof(ValueChainSection), InLightTemplate: false),
        new(SectionKeys.BuyingCenter, 6, PlanStep.CollectData, typeof(BuyingCenterSection), InLightTemplate: false),
        new(SectionKeys.Potential, 7, PlanStep.CollectData, typeof(PotentialSection), InLightTemplate: false),
        new(SectionKeys.Swot, 8, PlanStep.SoWhat, typeof(SwotSection), InLightTemplate: true),
        new(SectionKeys.Objectives, 9, PlanStep.StrategicObjectives, typeof(ObjectivesSection), InLightTemplate: true),
        new(SectionKeys.Strategy, 10, PlanStep.Strategy, typeof(StrategySection), InLightTemplate: false),
        new(SectionKeys.Actions, 11, PlanStep.ActionsVisitsAndCosts, typeof(ActionsSection), InLightTemplate: true),
        new(SectionKeys.Visits, 12, PlanStep.ActionsVisitsAndCosts, typeof(VisitsSection), InLightTemplate: true),
        new(SectionKeys.ValueOffering, 13, PlanStep.Strategy, typeof(ValueOfferingSection), InLightTemplate: false),
        new(SectionKeys.Budget, 14, PlanStep.ActionsVisitsAndCosts, typeof(BudgetSection), InLightTemplate: false),
        new(SectionKeys.Kpis, 15, PlanStep.StrategicObjectives, typeof(KpisSection), InLightTemplate: false),
        new(SectionKeys.Decisions, 16, PlanStep.ActionsVisitsAndCosts, typeof(DecisionsSection), InLightTemplate: false),
        new(SectionKeys.Communication, 17, PlanStep.ActionsVisitsAndCosts, typeof(CommunicationSection), InLightTemplate: false),
    ];

    private static readonly Dictionary<string, SectionDefinition> ByKey =
        All.ToDictionary(s => s.Key, StringComparer.OrdinalIgnoreCase);

    public static SectionDefinition? Find(string key) => ByKey.GetValueOrDefault(key);
}
