using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using static Keyplan.Core.Demo.DemoPlanBuilder;

namespace Keyplan.Core.Demo;

/// <summary>
/// The complete British example plan, for a large engineering group that automates to offset labour costs (written
/// for Ashworth &amp; Moore in Sheffield): the analysis here, SWOT to communication in the other part.
/// </summary>
internal static partial class DemoPlanBritish
{
    private const string Ceo = "Chief Executive Officer";
    private const string Cfo = "Chief Financial Officer";
    private const string Engineering = "Head of Engineering";
    private const string Purchasing = "Head of Purchasing";
    private const string Buyer = "Senior Buyer";
    private const string It = "IT Manager";
    private const string Projects = "Project Manager";
    private const string Controlling = "Head of Controlling";
    private const string Coo = "Chief Operating Officer";

    public static Plan Build(DemoPlanBuilder b)
    {
        var swot = NewSwot();
        var objectives = Objectives(b, swot);
        return b.Plan("en", PlanTemplateKind.Full, b.Now.AddDays(-3),
        [
            Summary(b), Profile(b), History(b), Market(b), ValueChain(), BuyingCenter(b), Potential(b), swot.Section, objectives,
            Strategy(b, objectives), Actions(b, objectives, swot), Visits(b), ValueOffering(b), Budget(b), Kpis(b, objectives), Decisions(b),
            Communication(b),
        ]);
    }

    private static SummarySection Summary(DemoPlanBuilder b) => new()
    {
        Text = $"{b.Account.Name} designs and builds special-purpose machines and production lines, most of them for export, and is investing "
            + "heavily in automating its own Sheffield works to offset rising labour costs. Its £40m \"Project Forge\" replaces three manual "
            + "assembly halls with automated cells over the next two years.\n\n"
            + "We supply sensors, software and services and are well regarded for service, but the drives and controllers on A&M machines come "
            + "from Hartwell Controls under a framework that expires in September. Project Forge and the framework renewal are the two biggest "
            + "opportunities we have had at this account; our service agreement, up for renewal in June, is the base we must protect.\n\n"
            + "Objectives: win drives and controllers for Project Forge, renew and extend the service agreement, and lift our score in A&M's "
            + "supplier scorecard. We ask for a commissioning engineer based in Sheffield and a funded proof of concept cell.",
    };

    private static ProfileSection Profile(DemoPlanBuilder b) => new()
    {
        BusinessModel = "Engineer-to-order machine builder: bespoke assembly, test and handling lines (GBP 1–15m each) for aerospace, rail and "
            + "energy customers, about 60 % exported. A growing aftermarket business (spares, upgrades, service contracts) makes up a fifth of revenue.",
        ProductsAndServices = "Assembly lines for turbine and gearbox components, test rigs, robotic handling cells, special machine tools; "
            + "design, installation and commissioning worldwide; spares, upgrades and long-term service agreements.",
        Mission = "Engineering the machines that build the machines the world depends on.",
        Vision = "To be the UK's leading automation partner for high-value manufacturing by 2030.",
        Strategy = "Grow the aftermarket to 30 % of revenue, standardise machine modules to cut design hours, and automate its own production "
            + "(Project Forge) to stay competitive against lower-cost builders. Procurement is being reorganised to a category model with fewer, "
            + "strategic suppliers per category.",
        Challenges = new CustomerChallenges
        {
            Goals = Items("Cut assembly labour hours per machine by 25 %", "Aftermarket to 30 % of revenue", "On-time delivery above 95 %"),
            Pressures = Items("Skilled labour shortage in South Yorkshire", "Energy costs", "Customers demanding fixed prices on multi-year projects"),
            Initiatives = Items("Project Forge: automated assembly cells in Sheffield", "Category management in procurement", "Remote service for installed machines"),
            Obstacles = Items("Legacy controller estate from several suppliers", "Engineering capacity tied up in customer projects"),
        },
        BuyingMotives = Items("Lifetime cost and uptime", "UK-based support and spares", "Proven references in similar cells", "Financial stability of the supplier"),
        Culture = "Proud, engineering-led Yorkshire company with a long apprenticeship tradition. Straight talking; trust is earned on the shop "
            + "floor, not in presentations. The finance function has grown stronger since the private equity minority investment two years ago.",
        Locations =
        [
            new CustomerLocation { Name = "Head office and works", City = "Sheffield", Country = "GB", Kind = LocationKind.Headquarters },
            new CustomerLocation { Name = "Rotherham assembly", City = "Rotherham", Country = "GB", Kind = LocationKind.Production },
            new CustomerLocation { Name = "Service hub", City = "Pittsburgh", Country = "US", Kind = LocationKind.SalesOffice },
        ],
        PrimaryContactIds = Ids(b.Contact(Engineering, Coo), b.Contact(Purchasing, Buyer)),
    };

    private static HistorySection History(DemoPlanBuilder b) => new()
    {
        PurchaseVolumes = b.PurchaseVolumes(0.27m, 0.28m, 0.29m),
        CustomerSinceYear = b.Year - 11,
        Closeness = 3,
        Stage = RelationshipStage.Mid,
        SatisfactionScore = 78m,
        SatisfactionSource = $"A&M supplier scorecard {b.LastYear} (out of 100)",
        KeyEvents =
        [
            new DatedItem { Date = new DateOnly(b.Year - 3, 6, 1), Text = "Three-year service agreement signed for all installed test rigs" },
            new DatedItem { Date = new DateOnly(b.Year - 2, 3, 1), Text = "Private equity minority investment; new CFO appointed" },
            new DatedItem { Date = new DateOnly(b.LastYear, 7, 14), Text = "Our remote diagnostics prevented a two-week outage at a customer in Pittsburgh" },
            new DatedItem { Date = new DateOnly(b.LastYear, 10, 20), Text = "Project Forge approved by the A&M board" },
        ],
    };

    private static MarketSection Market(DemoPlanBuilder b) => new()
    {
        MarketPosition = MarketPosition.Leader,
        PricePositioning = PricePositioning.QualityPlayer,
        HowItServesCustomers = "Key account teams for its twenty largest customers, each with a project director; field service engineers in "
            + "the UK and the US. Customers buy on reliability and engineering depth rather than price.",
        CustomerCompetitors =
        [
            new MarketCompetitor { Name = "Castleford Automation", MarketSharePercent = 16m, Comment = "Strong in automotive, weaker in aerospace" },
            new MarketCompetitor { Name = "Dunmore Systems", MarketSharePercent = 9m, Comment = "Aggressive on price for test rigs" },
            new MarketCompetitor { Name = "European builders", MarketSharePercent = 25m, Comment = "German and Italian builders win large export projects" },
        ],
        OurCompetitors =
        [
            new AccountCompetitor { Name = "Hartwell Controls", ShareOfWalletPercent = 38m, Strengths = "Incumbent on drives and controllers, framework until September",
                Weaknesses = "Slow support since moving its UK service to a call centre; no condition monitoring" },
            new AccountCompetitor { Name = "Sensoria", ShareOfWalletPercent = 14m, Strengths = "Vision sensors, cheap", Weaknesses = "Components only" },
            new AccountCompetitor { Name = "Nordtec Automation", ShareOfWalletPercent = 12m, Strengths = "Software ecosystem", Weaknesses = "Expensive licences" },
        ],
        OurPosition = "We supply sensors, software and services; our service team is rated the best among A&M's suppliers. We do not yet supply "
            + $"drives or controllers. Share of wallet about 29 % ({b.Currency} {b.Revenue(b.LastYear):N0} revenue last year).",
        RecentSuccesses =
        [
            new DatedItem { Date = new DateOnly(b.LastYear, 7, 14), Text = "Remote diagnostics saved a customer line in Pittsburgh" },
            new DatedItem { Date = new DateOnly(b.LastYear, 11, 30), Text = "Software licences for the new test rig platform (240 seats)" },
        ],
        FitRating = 4,
        FitComment = "Strong fit for our full automation portfolio; the gap is drives and controllers, where the incumbent is entrenched.",
    };

    private static ValueChainSection ValueChain() => new()
    {
        Stages =
        [
            new ValueChainStage { Name = "Tender and design", Requirements = "Fixed-price bids with proven cycle times", PainPoints = "Design hours eat the margin",
                OurValueAdd = "Pre-engineered motion modules and simulation models" },
            new ValueChainStage { Name = "Procurement", Requirements = "Fewer strategic suppliers, stable prices", PainPoints = "Long lead times on drives",
                OurValueAdd = "Framework pricing and buffer stock in our Birmingham warehouse" },
            new ValueChainStage { Name = "Assembly and test", Requirements = "Labour-light assembly", PainPoints = "Skilled fitters are scarce",
                OurValueAdd = "Automated assembly cells for Project Forge" },
            new ValueChainStage { Name = "Installation and commissioning", Requirements = "Right first time at the customer", PainPoints = "Engineers abroad for weeks",
                OurValueAdd = "Virtual commissioning and remote support" },
            new ValueChainStage { Name = "Aftermarket", Requirements = "Uptime guarantees to end customers", PainPoints = "Failures found too late",
                OurValueAdd = "Condition monitoring and a 4-hour remote response" },
        ],
    };

    private static BuyingCenterSection BuyingCenter(DemoPlanBuilder b) => DemoPlanBuilder.BuyingCenter(
        new StakeholderAssessment
        {
            ContactId = b.Contact(Cfo, Ceo), Roles = [BuyingCenterRole.Approver, BuyingCenterRole.Decider], BuyingInfluences = [BuyingInfluence.EconomicBuyer],
            Attitude = 0, Influence = InfluenceLevel.High, CurrentRelationship = RelationshipLevel.Vendor, DesiredRelationship = RelationshipLevel.CredibleSource,
            ResponseMode = ResponseMode.EvenKeel, PersonalWin = "Show the investors that Project Forge pays back within four years", RelationshipOwnerUserId = b.Kam,
            LastContactDate = b.DaysAgo(55),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Ceo), Roles = [BuyingCenterRole.Decider], Attitude = 1, Influence = InfluenceLevel.High,
            CurrentRelationship = RelationshipLevel.CredibleSource, DesiredRelationship = RelationshipLevel.TrustedAdvisor, ResponseMode = ResponseMode.Growth,
            PersonalWin = "A modern works that keeps manufacturing in Sheffield", RelationshipOwnerUserId = b.Kam, LastContactDate = b.DaysAgo(110),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Engineering, Projects), Roles = [BuyingCenterRole.Initiator, BuyingCenterRole.Influencer],
            BuyingInfluences = [BuyingInfluence.TechnicalBuyer, BuyingInfluence.Coach], Attitude = 2, Influence = InfluenceLevel.High,
            CurrentRelationship = RelationshipLevel.ProblemSolver, DesiredRelationship = RelationshipLevel.TrustedAdvisor, ResponseMode = ResponseMode.Growth,
            PersonalWin = "One motion platform across all new machines, fewer design hours for the design office", RelationshipOwnerUserId = b.Kam, LastContactDate = b.DaysAgo(6),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Purchasing), Roles = [BuyingCenterRole.Buyer, BuyingCenterRole.Gatekeeper], BuyingInfluences = [BuyingInfluence.TechnicalBuyer],
            Attitude = 0, Influence = InfluenceLevel.High, CurrentRelationship = RelationshipLevel.Vendor, DesiredRelationship = RelationshipLevel.CredibleSource,
            ResponseMode = ResponseMode.EvenKeel, PersonalWin = "Deliver the category savings target set by the new CFO", RelationshipOwnerUserId = b.Kam, LastContactDate = b.DaysAgo(24),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Buyer), Roles = [BuyingCenterRole.Buyer], Attitude = -1, Influence = InfluenceLevel.Low, CurrentRelationship = RelationshipLevel.Vendor,
            DesiredRelationship = RelationshipLevel.CredibleSource, ResponseMode = ResponseMode.Overconfident, PersonalWin = "Dual-source every category",
            RelationshipOwnerUserId = b.Team, LastContactDate = b.DaysAgo(31),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Projects), Roles = [BuyingCenterRole.User], BuyingInfluences = [BuyingInfluence.UserBuyer], Attitude = 1, Influence = InfluenceLevel.Medium,
            CurrentRelationship = RelationshipLevel.ProblemSolver, DesiredRelationship = RelationshipLevel.TrustedAdvisor, ResponseMode = ResponseMode.Trouble,
            PersonalWin = "Commission the first Forge cell on time", RelationshipOwnerUserId = b.Team, LastContactDate = b.DaysAgo(11),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(It), Roles = [BuyingCenterRole.Gatekeeper], Attitude = 0, Influence = InfluenceLevel.Medium, CurrentRelationship = RelationshipLevel.Vendor,
            DesiredRelationship = RelationshipLevel.CredibleSource, ResponseMode = ResponseMode.EvenKeel, PersonalWin = "Cyber Essentials Plus on every connected machine",
            RelationshipOwnerUserId = b.Team, LastContactDate = b.DaysAgo(70),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Controlling), Roles = [BuyingCenterRole.Influencer], Attitude = 0, Influence = InfluenceLevel.Low, CurrentRelationship = RelationshipLevel.Vendor,
            DesiredRelationship = RelationshipLevel.CredibleSource, ResponseMode = ResponseMode.EvenKeel, PersonalWin = "A business case that stands up in front of the board",
            RelationshipOwnerUserId = b.Kam, LastContactDate = b.DaysAgo(85),
        });
}
