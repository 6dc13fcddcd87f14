using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using static Keyplan.Core.Demo.DemoPlanBuilder;

namespace Keyplan.Core.Demo;

/// <summary>
/// The complete Dutch example plan, for a machine builder that automates its own production (written for Brinkhorst
/// Machinefabriek in Enschede): the analysis here, SWOT to communication in the other part.
/// </summary>
internal static partial class DemoPlanDutch
{
    private const string Ceo = "Chief Executive Officer";
    private const string Cfo = "Chief Financial Officer";
    private const string Coo = "Chief Operating Officer";
    private const string Purchasing = "Head of Purchasing";
    private const string It = "IT Manager";
    private const string Controlling = "Head of Controlling";
    private const string SupplyChain = "Head of Supply Chain";
    private const string Engineering = "Head of Engineering";

    public static Plan Build(DemoPlanBuilder b)
    {
        var swot = NewSwot();
        var objectives = Objectives(b, swot);
        return b.Plan("nl", PlanTemplateKind.Full, b.Now.AddDays(-8),
        [
            Summary(b), Profile(b), History(b), Market(b), ValueChain(), BuyingCenter(b), Potential(b), swot.Section, objectives,
            Strategy(b, objectives), Actions(b, objectives, swot), Visits(b), ValueOffering(b), Budget(b), Kpis(b, objectives), Decisions(b),
            Communication(b),
        ]);
    }

    private static SummarySection Summary(DemoPlanBuilder b) => new()
    {
        Text = $"{b.Account.Name} bouwt speciaalmachines en productielijnen voor de voedingsmiddelen- en verpakkingsindustrie en groeit al drie jaar "
            + "harder dan de markt. Om de stijgende loonkosten op te vangen automatiseert Brinkhorst de eigen productie en bouwt het in Hengelo een "
            + "nieuwe, grotendeels geautomatiseerde assemblagehal die volgend jaar in gebruik gaat.\n\n"
            + "Wij zijn de standaardleverancier van besturingen en sensoren, maar bij aandrijvingen verliezen we terrein aan Kallmann en onze "
            + "software wordt nog maar op een deel van de machines gebruikt. De grootste kansen zijn het conditiebewakingsplatform voor alle "
            + "nieuwe machines en de complete automatisering van de hal in Hengelo. Het grootste risico is de leverbetrouwbaarheid: de afdeling "
            + "supply chain beoordeelde ons vorig jaar met een 6,8.\n\n"
            + "Drie doelstellingen: softwareomzet met 45 % verhogen, de aandrijvingen voor Hengelo winnen en de klanttevredenheid terugbrengen naar "
            + "minimaal een 8. Daarvoor vragen we budget voor een eigen servicemonteur in Enschede.",
    };

    private static ProfileSection Profile(DemoPlanBuilder b) => new()
    {
        BusinessModel = "Engineer-to-order: Brinkhorst ontwikkelt en bouwt klantspecifieke verwerkings- en verpakkingslijnen (0,3–6 mln. EUR per "
            + "project) voor voedingsmiddelenproducenten in Europa en Noord-Amerika. Ongeveer 65 % van de omzet komt uit export. Service, "
            + "onderdelen en modernisering van geïnstalleerde lijnen leveren een groeiend aandeel van 22 %.",
        ProductsAndServices = "Proces- en verpakkingslijnen voor zuivel, vlees en bakkerij; robotcellen voor eind-of-line verpakking; "
            + "engineering, installatie en inbedrijfstelling wereldwijd; onderhoudscontracten en een 24/7 servicedesk.",
        Mission = "Onze klanten voeden de wereld; wij zorgen dat hun lijnen nooit stilstaan.",
        Vision = "In 2030 de meest betrouwbare lijnenbouwer van Europa, met elke geleverde machine digitaal verbonden.",
        Strategy = "Groei in Noord-Amerika, standaardisatie van machinemodules en digitale diensten: alle nieuwe machines worden vanaf dit jaar "
            + "geleverd met conditiebewaking, zodat Brinkhorst storingen kan voorspellen en onderhoud als dienst kan verkopen. De eigen "
            + "productie wordt geautomatiseerd om de loonkosten per machine met 20 % te verlagen.",
        Challenges = new CustomerChallenges
        {
            Goals = Items("Loonkosten per machine met 20 % verlagen", "Servicedienstverlening naar 30 % van de omzet", "Doorlooptijd per project van 9 naar 7 maanden"),
            Pressures = Items("Tekort aan technici in Twente", "Klanten eisen beschikbaarheidsgaranties van 98 %", "Stijgende loon- en energiekosten"),
            Initiatives = Items("Nieuwe geautomatiseerde assemblagehal in Hengelo", "Conditiebewaking standaard op alle nieuwe machines",
                "Leveranciersreductie: van elf naar vijf automatiseringsleveranciers"),
            Obstacles = Items("Strenge IT-beveiligingseisen vertragen cloudtoepassingen", "Engineering is druk met lopende klantprojecten"),
        },
        BuyingMotives = Items("Leverbetrouwbaarheid en korte levertijden", "Wereldwijde service voor hun eindklanten", "Totale kosten over de levensduur",
            "Eén aanspreekpunt voor het hele automatiseringspakket"),
        Culture = "Nuchter, direct en technisch gedreven; afspraak is afspraak. Beslissingen worden in overleg genomen, met veel invloed van operations "
            + "en inkoop. Leveranciers worden afgerekend op wat ze waarmaken, niet op presentaties. Men waardeert het als we met concrete cijfers komen.",
        Locations =
        [
            new CustomerLocation { Name = "Hoofdkantoor en fabriek", City = "Enschede", Country = "NL", Kind = LocationKind.Headquarters },
            new CustomerLocation { Name = "Nieuwe assemblagehal", City = "Hengelo", Country = "NL", Kind = LocationKind.Production },
            new CustomerLocation { Name = "Brinkhorst Inc.", City = "Chicago", Country = "US", Kind = LocationKind.SalesOffice },
        ],
        PrimaryContactIds = Ids(b.Contact(Purchasing, Coo), b.Contact(Coo, Ceo)),
    };

    private static HistorySection History(DemoPlanBuilder b) => new()
    {
        PurchaseVolumes = b.PurchaseVolumes(0.36m, 0.37m, 0.38m),
        CustomerSinceYear = b.Year - 19,
        Closeness = 4,
        Stage = RelationshipStage.Partnership,
        SatisfactionScore = 6.8m,
        SatisfactionSource = $"Leveranciersbeoordeling Brinkhorst {b.LastYear} (schaal 1–10)",
        KeyEvents =
        [
            new DatedItem { Date = new DateOnly(b.Year - 4, 2, 1), Text = "Raamcontract voor besturingen en sensoren, looptijd vijf jaar" },
            new DatedItem { Date = new DateOnly(b.Year - 2, 6, 1), Text = "Kallmann wint de aandrijvingen voor de bakkerijlijnen op prijs" },
            new DatedItem { Date = new DateOnly(b.LastYear, 4, 10), Text = "Drie late leveringen van frequentieregelaars; lijn in Canada twee weken te laat opgeleverd" },
            new DatedItem { Date = new DateOnly(b.LastYear, 11, 5), Text = "Besluit tot bouw van de assemblagehal in Hengelo" },
        ],
    };

    private static MarketSection Market(DemoPlanBuilder b) => new()
    {
        MarketPosition = MarketPosition.Leader,
        PricePositioning = PricePositioning.QualityPlayer,
        HowItServesCustomers = "Directe verkoop via accountmanagers per segment (zuivel, vlees, bakkerij), in Noord-Amerika via de eigen "
            + "vestiging in Chicago. Projectteams begeleiden de klant van ontwerp tot inbedrijfstelling; daarna neemt de servicedesk het over.",
        CustomerCompetitors =
        [
            new MarketCompetitor { Name = "Van Aalst Procestechniek", MarketSharePercent = 7m, Comment = "Kleiner, sterk in zuivel in Nederland en België" },
            new MarketCompetitor { Name = "Halvorsen Food Systems", MarketSharePercent = 12m, Comment = "Sterk in Scandinavië en vlees" },
            new MarketCompetitor { Name = "Ferrante Packaging", MarketSharePercent = 9m, Comment = "Goedkoper, Italiaanse productie" },
        ],
        OurCompetitors =
        [
            new AccountCompetitor { Name = "Kallmann Antriebe", ShareOfWalletPercent = 24m, Strengths = "Lage prijs, snelle levering van standaardaandrijvingen",
                Weaknesses = "Geen eigen besturing, beperkte service buiten Europa" },
            new AccountCompetitor { Name = "Nordtec Automation", ShareOfWalletPercent = 18m, Strengths = "Veel gebruikt bij Amerikaanse eindklanten",
                Weaknesses = "Duur licentiemodel, weinig lokale ondersteuning in Twente" },
            new AccountCompetitor { Name = "Sensoria", ShareOfWalletPercent = 9m, Strengths = "Vision-systemen", Weaknesses = "Alleen componenten" },
        ],
        OurPosition = "Wij zijn de standaard voor besturingen en sensoren en leveren daarnaast aandrijvingen, software en service. Ons omzetaandeel is "
            + $"ongeveer 38 % ({b.Currency} {b.Revenue(b.LastYear):N0} omzet vorig jaar). Onze zwakke plek is de leverbetrouwbaarheid van vorig jaar.",
        RecentSuccesses =
        [
            new DatedItem { Date = new DateOnly(b.LastYear, 9, 15), Text = "Pilot conditiebewaking op twee zuivellijnen: 30 % minder ongeplande stilstand" },
            new DatedItem { Date = new DateOnly(b.LastYear, 12, 1), Text = "Order voor 120 besturingen voor de Noord-Amerikaanse lijnen" },
        ],
        FitRating = 5,
        FitComment = "Ideale klant: groeiende machinebouwer die het volledige pakket van besturing tot service nodig heeft.",
    };

    private static ValueChainSection ValueChain() => new()
    {
        Stages =
        [
            new ValueChainStage { Name = "Offerte en ontwerp", Requirements = "Snel een betrouwbaar ontwerp en een vaste prijs", PainPoints = "Offertes kosten veel engineeringuren",
                OurValueAdd = "Standaard machinemodules met vooraf geteste besturingssoftware" },
            new ValueChainStage { Name = "Inkoop en logistiek", Requirements = "Betrouwbare levertijden, minder leveranciers", PainPoints = "Late leveringen verstoren de planning",
                OurValueAdd = "Vendor managed inventory in Enschede en een vaste leverbelofte" },
            new ValueChainStage { Name = "Assemblage en test", Requirements = "Machines in één keer goed testen", PainPoints = "Tekort aan technici, veel handwerk",
                OurValueAdd = "Automatisering van de eigen assemblage in Hengelo" },
            new ValueChainStage { Name = "Inbedrijfstelling bij de eindklant", Requirements = "Lijn op tijd op volle snelheid", PainPoints = "Monteurs wekenlang in het buitenland",
                OurValueAdd = "Ondersteuning op afstand en lokale servicepartners in Noord-Amerika" },
            new ValueChainStage { Name = "Service en onderhoud", Requirements = "98 % beschikbaarheid garanderen", PainPoints = "Storingen worden te laat ontdekt",
                OurValueAdd = "Conditiebewaking en voorspellend onderhoud" },
        ],
    };

    private static BuyingCenterSection BuyingCenter(DemoPlanBuilder b) => DemoPlanBuilder.BuyingCenter(
        new StakeholderAssessment
        {
            ContactId = b.Contact(Cfo, Ceo), Roles = [BuyingCenterRole.Approver], BuyingInfluences = [BuyingInfluence.EconomicBuyer], Attitude = 1,
            Influence = InfluenceLevel.High, CurrentRelationship = RelationshipLevel.CredibleSource, DesiredRelationship = RelationshipLevel.ProblemSolver,
            ResponseMode = ResponseMode.EvenKeel, PersonalWin = "Investering in Hengelo binnen budget en terugverdiend in vier jaar", RelationshipOwnerUserId = b.Kam,
            LastContactDate = b.DaysAgo(40),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Ceo), Roles = [BuyingCenterRole.Decider], Attitude = 1, Influence = InfluenceLevel.High,
            CurrentRelationship = RelationshipLevel.CredibleSource, DesiredRelationship = RelationshipLevel.TrustedAdvisor, ResponseMode = ResponseMode.Growth,
            PersonalWin = "Groei in Noord-Amerika zonder extra personeel", RelationshipOwnerUserId = b.Kam, LastContactDate = b.DaysAgo(95),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Purchasing, Engineering), Roles = [BuyingCenterRole.Buyer, BuyingCenterRole.Influencer],
            BuyingInfluences = [BuyingInfluence.TechnicalBuyer, BuyingInfluence.Coach],
            Attitude = 2, Influence = InfluenceLevel.High, CurrentRelationship = RelationshipLevel.ProblemSolver, DesiredRelationship = RelationshipLevel.TrustedAdvisor,
            ResponseMode = ResponseMode.Growth, PersonalWin = "Leveranciersreductie naar vijf partijen succesvol afronden", RelationshipOwnerUserId = b.Kam,
            LastContactDate = b.DaysAgo(7),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Coo), Roles = [BuyingCenterRole.Decider, BuyingCenterRole.User], BuyingInfluences = [BuyingInfluence.UserBuyer], Attitude = 1,
            Influence = InfluenceLevel.High, CurrentRelationship = RelationshipLevel.CredibleSource, DesiredRelationship = RelationshipLevel.ProblemSolver,
            ResponseMode = ResponseMode.Trouble, PersonalWin = "Hengelo op tijd in productie", RelationshipOwnerUserId = b.Team, LastContactDate = b.DaysAgo(19),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(It), Roles = [BuyingCenterRole.Gatekeeper], BuyingInfluences = [BuyingInfluence.TechnicalBuyer], Attitude = -1,
            Influence = InfluenceLevel.Medium, CurrentRelationship = RelationshipLevel.Vendor, DesiredRelationship = RelationshipLevel.CredibleSource,
            ResponseMode = ResponseMode.Overconfident, PersonalWin = "Geen beveiligingsincident door machines die met internet verbonden zijn", RelationshipOwnerUserId = b.Team,
            LastContactDate = b.DaysAgo(60),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(SupplyChain), Roles = [BuyingCenterRole.User, BuyingCenterRole.Influencer], BuyingInfluences = [BuyingInfluence.UserBuyer],
            Attitude = -1, Influence = InfluenceLevel.Medium, CurrentRelationship = RelationshipLevel.Vendor, DesiredRelationship = RelationshipLevel.ProblemSolver,
            ResponseMode = ResponseMode.Trouble, PersonalWin = "Geen projecten meer te laat door ontbrekende onderdelen", RelationshipOwnerUserId = b.Kam,
            LastContactDate = b.DaysAgo(14),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Controlling), Roles = [BuyingCenterRole.Influencer], Attitude = 0, Influence = InfluenceLevel.Low,
            CurrentRelationship = RelationshipLevel.Vendor, DesiredRelationship = RelationshipLevel.CredibleSource, ResponseMode = ResponseMode.EvenKeel,
            PersonalWin = "Een sluitende business case voor elke investering", RelationshipOwnerUserId = b.Kam, LastContactDate = b.DaysAgo(120),
        });
}
