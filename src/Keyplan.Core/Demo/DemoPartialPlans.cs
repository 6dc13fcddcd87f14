using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using static Keyplan.Core.Demo.DemoPlanBuilder;

namespace Keyplan.Core.Demo;

/// <summary>
/// Plans at various stages for other key accounts, as a real portfolio looks: a light overview sheet, a plan stuck
/// after the analysis, objectives without targets, one not updated for months. Written in the account's language.
/// </summary>
internal static partial class DemoPartialPlans
{
    /// <summary>The account each plan is written for, by name, and how it is built.</summary>
    public static readonly IReadOnlyList<(string Account, Func<DemoPlanBuilder, Plan> Build)> All =
    [
        ("Auerbach Verpackungsmaschinen GmbH", Auerbach),
        ("Vossberg Antriebstechnik GmbH", VossbergAntriebstechnik),
        ("Oosterhout Kunststoffen B.V.", Oosterhout),
        ("Pennine Automotive Components Ltd", Pennine),
        ("Kessler & Lautenbach Pharma GmbH", KesslerLautenbach),
        ("Dollard Chemie N.V.", Dollard),
        ("Harrington Process Ltd", Harrington),
        ("IJsselstaal B.V.", IJsselstaal),
    ];

    /// <summary>Steps 1 and 2 done: the analysis and its implications, no focus yet.</summary>
    private static Plan Auerbach(DemoPlanBuilder b) => b.Plan("de", PlanTemplateKind.Full, b.Now.AddDays(-12),
    [
        new ProfileSection
        {
            BusinessModel = "Baut Verpackungsmaschinen und komplette Verpackungslinien für Lebensmittel- und Konsumgüterhersteller; seit dem Eigentümerwechsel "
                + "im Vorjahr Teil einer Finanzholding.",
            ProductsAndServices = "Schlauchbeutel- und Kartoniermaschinen, Endverpackungslinien, Ersatzteile und Service",
            Challenges = new CustomerChallenges
            {
                Pressures = Items("Neue Eigentümer erwarten 3 Prozentpunkte mehr EBIT-Marge", "Einkauf wird zentralisiert, Lieferantenzahl halbiert"),
                Initiatives = Items("Zentraler Einkauf ab Jahresmitte", "Baukastensystem für Kartoniermaschinen"),
            },
            BuyingMotives = Items("Preis", "Lieferzeit", "Wenige Lieferanten"),
            Locations = [new CustomerLocation { Name = "Werk Leipzig", City = "Leipzig", Country = "DE", Kind = LocationKind.Headquarters }],
            PrimaryContactIds = Ids(b.Contact("Chief Operating Officer", "Chief Executive Officer")),
        },
        new HistorySection { PurchaseVolumes = b.PurchaseVolumes(0.3m, 0.28m, 0.26m), CustomerSinceYear = b.Year - 9, Closeness = 3, Stage = RelationshipStage.Mid,
            KeyEvents = [new DatedItem { Date = new DateOnly(b.LastYear, 4, 1), Text = "Übernahme durch eine Finanzholding" }] },
        new MarketSection { MarketPosition = MarketPosition.Follower, PricePositioning = PricePositioning.Discounter,
            OurCompetitors = [new AccountCompetitor { Name = "Kallmann Antriebe", ShareOfWalletPercent = 35m, Strengths = "Preis", Weaknesses = "Kein Software-Angebot" }], FitRating = 3 },
        BuyingCenter(
            new StakeholderAssessment { ContactId = b.Contact("Chief Financial Officer", "Chief Executive Officer"), BuyingInfluences = [BuyingInfluence.EconomicBuyer], Attitude = 0, Influence = InfluenceLevel.High },
            new StakeholderAssessment { ContactId = b.Contact("Plant Manager", "Chief Operating Officer"), BuyingInfluences = [BuyingInfluence.UserBuyer, BuyingInfluence.Coach], Attitude = 2, Influence = InfluenceLevel.Medium }),
        new SwotSection
        {
            Strengths = [Item("Unsere Software läuft auf allen Kartoniermaschinen", "Wechselkosten für Auerbach sind hoch; das betonen")],
            Weaknesses = [Item("Kein Kontakt zum neuen Einkauf", "Wir müssen uns vor der Lieferantenauswahl vorstellen")],
            Opportunities = [Item("Baukastensystem braucht eine Standardsteuerung", "Chance, Steuerungen für alle Maschinen zu liefern")],
            Threats = [Item("Halbierung der Lieferanten", "Wir können als Lieferant ganz herausfallen")],
        },
    ]);

    /// <summary>A light overview sheet, nearly done, but with fewer visits planned than targeted.</summary>
    private static Plan VossbergAntriebstechnik(DemoPlanBuilder b)
    {
        var gearboxes = Item("Neue Baureihe Sondergetriebe für Windkraft", "Antriebe und Sensorik für die Prüfstände anbieten");
        var parent = Item("Entscheidungen fallen zunehmend in Bielefeld", "Plan mit dem Konzernplan Vossberg Maschinenbau abstimmen");
        var objective = new Objective { Title = "Prüfstände der Getriebebaureihe ausrüsten", Measure = ObjectiveMeasure.Revenue, Baseline = b.Revenue(b.LastYear, "SEN"),
            Target = Thousands(b.Revenue(b.LastYear, "SEN") + 60_000m), Unit = b.Currency, DueDate = b.Date(10, 31), Addresses = [gearboxes.Id, parent.Id] };
        return b.Plan("de", PlanTemplateKind.Light, b.Now.AddDays(-20),
        [
            new ProfileSection { BusinessModel = "Tochter von Vossberg Maschinenbau; fertigt Antriebsbaugruppen und Sondergetriebe für die Gruppe und für Dritte.",
                BuyingMotives = Items("Technische Beratung", "Kurze Lieferzeit"), PrimaryContactIds = Ids(b.Contact("Head of Engineering", "Chief Executive Officer")) },
            new HistorySection { PurchaseVolumes = b.PurchaseVolumes(0.31m, 0.31m, 0.32m), CustomerSinceYear = b.Year - 7, Closeness = 4, Stage = RelationshipStage.Mid },
            new SwotSection { Opportunities = [gearboxes], Threats = [parent], TopOpportunities = [Top(gearboxes, 4, 3)], TopRisks = [Top(parent, 3, 4)] },
            new ObjectivesSection { Objectives = [objective] },
            new ActionsSection { Actions = [new PlanAction { Title = "Prüfstandskonzept vorstellen", ObjectiveId = objective.Id, OwnerUserId = b.Kam, DueDate = b.Date(4, 24), Status = b.ActionStatus(b.Date(4, 24)) }] },
            new VisitsSection { TargetVisitsPerYear = 8, Visits =
            [
                new PlannedVisit { Date = b.Date(2, 5), Kind = VisitKind.Visit, ContactIds = Ids(b.Contact("Head of Engineering", "Chief Executive Officer")), Goal = "Getriebebaureihe kennenlernen", AttendeeUserIds = [b.Kam], Status = b.VisitStatus(b.Date(2, 5)) },
                new PlannedVisit { Date = b.Date(4, 24), Kind = VisitKind.Visit, ContactIds = Ids(b.Contact("Project Manager", "Chief Executive Officer")), Goal = "Prüfstandskonzept vorstellen", AttendeeUserIds = [b.Kam], Status = b.VisitStatus(b.Date(4, 24)) },
            ] },
        ]);
    }

    /// <summary>Not updated since before the year began: the review is overdue.</summary>
    private static Plan Pennine(DemoPlanBuilder b)
    {
        var ev = Item("Customer's move to electric drivetrain castings", "Sensors and drives for the new casting cells");
        var tender = Item("Group-wide sensor tender announced", "We could lose the Telford volume");
        var objective = new Objective { Title = "Supply sensors for the e-drivetrain casting cells", Measure = ObjectiveMeasure.Revenue, Baseline = b.Revenue(b.LastYear, "SEN"),
            Target = Thousands(b.Revenue(b.LastYear, "SEN") + 120_000m), Unit = b.Currency, DueDate = b.Date(9, 30), Addresses = [ev.Id, tender.Id] };
        return b.Plan("en", PlanTemplateKind.Full, b.Now.AddMonths(-8),
        [
            new ProfileSection { BusinessModel = "Tier-one supplier of chassis and powertrain components to European car makers", BuyingMotives = Items("Price", "PPAP documentation") },
            new HistorySection { PurchaseVolumes = b.PurchaseVolumes(0.2m, 0.21m, 0.2m), CustomerSinceYear = b.Year - 6, Closeness = 2, Stage = RelationshipStage.Early },
            new SwotSection { Opportunities = [ev], Threats = [tender], TopOpportunities = [Top(ev, 4, 3)], TopRisks = [Top(tender, 4, 3)] },
            new ObjectivesSection { Objectives = [objective] },
            new StrategySection { Entries = [new StrategyEntry { ObjectiveId = objective.Id, WhatWeSell = "Temperature and position sensors for casting cells", Channel = SalesChannel.Direct }] },
            new ActionsSection { Actions = [new PlanAction { Title = "Trial sensors on casting cell 3", ObjectiveId = objective.Id, OwnerUserId = b.Kam, DueDate = b.Date(3, 31), Status = ActionStatus.Planned }] },
        ]);
    }

    /// <summary>Only the customer data collected so far, and no economic buyer named.</summary>
    private static Plan KesslerLautenbach(DemoPlanBuilder b) => b.Plan("de", PlanTemplateKind.Full, b.Now.AddDays(-30),
    [
        new ProfileSection
        {
            BusinessModel = "Pharmazeutischer Lohnhersteller für feste Darreichungsformen; produziert im Auftrag von Markenherstellern.",
            ProductsAndServices = "Tabletten, Kapseln, Verpackung und Serialisierung",
            Challenges = new CustomerChallenges { Pressures = Items("GMP-Audits und Datenintegrität", "Kapazitätsengpass in der Verpackung") },
            Locations = [new CustomerLocation { Name = "Werk Mannheim", City = "Mannheim", Country = "DE", Kind = LocationKind.Production }],
        },
        new HistorySection { PurchaseVolumes = b.PurchaseVolumes(0.18m, 0.19m, 0.19m), CustomerSinceYear = b.Year - 4, Stage = RelationshipStage.Early },
        BuyingCenter(new StakeholderAssessment { ContactId = b.Contact("Head of Engineering", "Chief Operating Officer", "Chief Executive Officer"),
            BuyingInfluences = [BuyingInfluence.TechnicalBuyer], Attitude = 1, Influence = InfluenceLevel.Medium }),
    ]);

    /// <summary>Objectives agreed and strategy started, but actions still without owner or date.</summary>
    private static Plan Harrington(DemoPlanBuilder b)
    {
        var batch = Item("New batch plant for specialty polymers at Manchester", "Process instrumentation and control system upgrade");
        var obsolete = Item("Installed control system reaches end of support next year", "A competitor could win the migration");
        var objective = new Objective { Title = "Win the control system migration", Measure = ObjectiveMeasure.Revenue, Baseline = b.Revenue(b.LastYear, "CTL"),
            Target = Thousands(b.Revenue(b.LastYear, "CTL") + 300_000m), Unit = b.Currency, DueDate = b.Date(12, 31), Addresses = [batch.Id, obsolete.Id] };
        return b.Plan("en", PlanTemplateKind.Full, b.Now.AddDays(-45),
        [
            new ProfileSection { BusinessModel = "Specialty and base chemicals for coatings and adhesives, sold across Europe", BuyingMotives = Items("Process safety", "Uptime") },
            new HistorySection { PurchaseVolumes = b.PurchaseVolumes(0.25m, 0.26m, 0.27m), CustomerSinceYear = b.Year - 12, Closeness = 3, Stage = RelationshipStage.Mid },
            new SwotSection { Opportunities = [batch], Threats = [obsolete], TopOpportunities = [Top(batch, 4, 4)], TopRisks = [Top(obsolete, 5, 3)] },
            new ObjectivesSection { Objectives = [objective] },
            new StrategySection { Entries = [new StrategyEntry { ObjectiveId = objective.Id, WhatWeSell = "Phased control system migration with no unplanned shutdown", Channel = SalesChannel.Direct }] },
            new ActionsSection { Actions =
            [
                new PlanAction { Title = "Site survey of the installed control system", ObjectiveId = objective.Id, OwnerUserId = b.Kam, Status = ActionStatus.Planned },
                new PlanAction { Title = "Migration workshop with process engineering", ObjectiveId = objective.Id, DueDate = b.Date(6, 30), Status = ActionStatus.Planned },
            ] },
        ], reviewIntervalMonths: 6);
    }
}
