namespace Keyplan.Core.Plans;

/// <summary>The six steps in which a KAM builds a plan (SPEC §2); the editor's navigation follows them.</summary>
public enum PlanStep
{
    CollectData = 1,
    SoWhat = 2,
    TopOpportunitiesAndRisks = 3,
    StrategicObjectives = 4,
    Strategy = 5,
    ActionsVisitsAndCosts = 6,
}
