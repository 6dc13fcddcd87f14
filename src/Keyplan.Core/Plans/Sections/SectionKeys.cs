namespace Keyplan.Core.Plans.Sections;

/// <summary>The seventeen sections of the full template, as the API and the editor's URLs name them.</summary>
public static class SectionKeys
{
    public const string Summary = "summary";
    public const string Profile = "profile";
    public const string History = "history";
    public const string Market = "market";
    public const string ValueChain = "valueChain";
    public const string BuyingCenter = "buyingCenter";
    public const string Potential = "potential";
    public const string Swot = "swot";
    public const string Objectives = "objectives";
    public const string Strategy = "strategy";
    public const string Actions = "actions";
    public const string Visits = "visits";
    public const string ValueOffering = "valueOffering";
    public const string Budget = "budget";
    public const string Kpis = "kpis";
    public const string Decisions = "decisions";
    public const string Communication = "communication";
}
