using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using static Keyplan.Core.Demo.DemoPlanBuilder;

namespace Keyplan.Core.Demo;

/// <summary>The Dutch plans at various stages.</summary>
internal static partial class DemoPartialPlans
{
    /// <summary>Focus chosen and objectives drafted, but without targets and dates, and no strategy yet.</summary>
    private static Plan Oosterhout(DemoPlanBuilder b)
    {
        var poland = Item("Nieuwe vestiging in Midden-Europa met 40 spuitgietmachines", "Automatisering vanaf de start standaardiseren op onze besturingen");
        var energy = Item("Energiekosten drukken de marge van het spuitgieten", "Energiezuinige aandrijvingen zijn een sterk argument");
        var price = Item("Inkoop vraagt 4 % prijsverlaging op sensoren", "Zonder tegenprestatie verliezen we marge");
        return b.Plan("nl", PlanTemplateKind.Full, b.Now.AddDays(-15),
        [
            new ProfileSection
            {
                BusinessModel = "Spuitgiet technische kunststof onderdelen voor de auto- en elektrotechnische industrie, in grote series.",
                ProductsAndServices = "Precisie-onderdelen, assemblage van kunststof modules, matrijsbouw",
                Challenges = new CustomerChallenges { Initiatives = Items("Nieuwe fabriek in Midden-Europa", "Energiebesparing van 15 % per product") },
                BuyingMotives = Items("Energieverbruik", "Beschikbaarheid van machines", "Prijs"),
                Locations =
                [
                    new CustomerLocation { Name = "Hoofdvestiging", City = "Breda", Country = "NL", Kind = LocationKind.Headquarters },
                    new CustomerLocation { Name = "Nieuwe fabriek", City = "Brno", Country = "CZ", Kind = LocationKind.Production },
                ],
                PrimaryContactIds = Ids(b.Contact("Head of Engineering", "Chief Operating Officer")),
            },
            new HistorySection { PurchaseVolumes = b.PurchaseVolumes(0.33m, 0.33m, 0.34m), CustomerSinceYear = b.Year - 15, Closeness = 4, Stage = RelationshipStage.Partnership },
            new MarketSection { MarketPosition = MarketPosition.Challenger, PricePositioning = PricePositioning.QualityPlayer, FitRating = 4 },
            BuyingCenter(
                new StakeholderAssessment { ContactId = b.Contact("Chief Operating Officer", "Chief Executive Officer"), BuyingInfluences = [BuyingInfluence.EconomicBuyer], Attitude = 1, Influence = InfluenceLevel.High },
                new StakeholderAssessment { ContactId = b.Contact("Head of Engineering", "Automation Engineer"), BuyingInfluences = [BuyingInfluence.TechnicalBuyer, BuyingInfluence.Coach], Attitude = 2, Influence = InfluenceLevel.High }),
            new SwotSection
            {
                Opportunities = [poland, energy], Threats = [price],
                TopOpportunities = [Top(poland, 5, 3), Top(energy, 4, 4)], TopRisks = [Top(price, 3, 4)],
            },
            new ObjectivesSection
            {
                Objectives =
                [
                    new Objective { Title = "Standaardleverancier automatisering nieuwe fabriek", Measure = ObjectiveMeasure.Revenue, Unit = b.Currency, Addresses = [poland.Id] },
                    new Objective { Title = "Energiezuinige aandrijvingen in Breda", Measure = ObjectiveMeasure.ProductUptake, Addresses = [energy.Id, price.Id] },
                ],
            },
        ]);
    }

    /// <summary>A light overview sheet whose most serious risk has nothing planned against it.</summary>
    private static Plan Dollard(DemoPlanBuilder b)
    {
        var shutdown = Item("Groot onderhoud in het najaar: drie weken stilstand", "Kans op een serviceorder voor de hele site");
        var budget = Item("Moederbedrijf schrapt investeringen in Groningen", "Projecten kunnen een jaar worden uitgesteld");
        var objective = new Objective { Title = "Serviceorder groot onderhoud winnen", Measure = ObjectiveMeasure.Revenue, Baseline = b.Revenue(b.LastYear, "SVC"),
            Target = Thousands(b.Revenue(b.LastYear, "SVC") + 150_000m), Unit = b.Currency, DueDate = b.Date(10, 31), Addresses = [shutdown.Id] };
        return b.Plan("nl", PlanTemplateKind.Light, b.Now.AddDays(-25),
        [
            new ProfileSection { BusinessModel = "Produceert specialty- en basischemicaliën op de site in Groningen", BuyingMotives = Items("Procesveiligheid", "Service en reserveonderdelen") },
            new HistorySection { PurchaseVolumes = b.PurchaseVolumes(0.4m, 0.41m, 0.41m), CustomerSinceYear = b.Year - 21, Closeness = 5, Stage = RelationshipStage.Partnership },
            new SwotSection { Opportunities = [shutdown], Threats = [budget], TopOpportunities = [Top(shutdown, 4, 4)], TopRisks = [Top(budget, 5, 3)] },
            new ObjectivesSection { Objectives = [objective] },
            new ActionsSection { Actions = [new PlanAction { Title = "Offerte groot onderhoud", ObjectiveId = objective.Id, OwnerUserId = b.Kam, DueDate = b.Date(6, 15), Status = b.ActionStatus(b.Date(6, 15)) }] },
            new VisitsSection { TargetVisitsPerYear = 4, Visits =
            [
                new PlannedVisit { Date = b.Date(3, 5), Kind = VisitKind.Visit, ContactIds = Ids(b.Contact("Plant Manager", "Chief Operating Officer")), Goal = "Planning groot onderhoud", AttendeeUserIds = [b.Kam], Status = b.VisitStatus(b.Date(3, 5)) },
                new PlannedVisit { Date = b.Date(6, 15), Kind = VisitKind.Visit, ContactIds = Ids(b.Contact("Maintenance Lead", "Plant Manager")), Goal = "Offerte bespreken", AttendeeUserIds = [b.Kam], Status = b.VisitStatus(b.Date(6, 15)) },
                new PlannedVisit { Date = b.Date(9, 1), Kind = VisitKind.VideoCall, ContactIds = Ids(b.Contact("Maintenance Lead", "Plant Manager")), Goal = "Voorbereiding stilstand", AttendeeUserIds = [b.Kam], Status = b.VisitStatus(b.Date(9, 1)) },
                new PlannedVisit { Date = b.Date(11, 20), Kind = VisitKind.Visit, ContactIds = Ids(b.Contact("Chief Executive Officer")), Goal = "Jaargesprek", AttendeeUserIds = [b.Kam], Status = b.VisitStatus(b.Date(11, 20)) },
            ] },
        ]);
    }

    /// <summary>Just started: a light overview sheet with the profile only.</summary>
    private static Plan IJsselstaal(DemoPlanBuilder b) => b.Plan("nl", PlanTemplateKind.Light, b.Now.AddDays(-4),
    [
        new ProfileSection
        {
            BusinessModel = "Giet en walst staal en non-ferrometalen in Deventer; digitaliseert de productie en zoekt partners voor conditiebewaking.",
            BuyingMotives = Items("Beschikbaarheid van de walsstraat", "Lokale service"),
            PrimaryContactIds = Ids(b.Contact("Head of Purchasing", "Chief Operating Officer")),
        },
    ]);
}
