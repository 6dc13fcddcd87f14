using Keyplan.Core.Plans.Sections;
using static Keyplan.Core.Demo.DemoPlanBuilder;

namespace Keyplan.Core.Demo;

/// <summary>The Dutch example plan: potential, SWOT, objectives, strategy, actions, visits, costs, KPIs, decisions and communication.</summary>
internal static partial class DemoPlanDutch
{
    private sealed record Swot(SwotSection Section, SwotItem Monitoring, SwotItem Hengelo, SwotItem Delivery, SwotItem DrivesPrice, SwotItem Security);

    private static PotentialSection Potential(DemoPlanBuilder b)
    {
        (string Code, decimal Extra, WhitespaceState Hengelo)[] groups =
            [("CTL", 250_000m, WhitespaceState.Opportunity), ("DRV", 450_000m, WhitespaceState.Opportunity), ("SW", 300_000m, WhitespaceState.Opportunity),
             ("SEN", 150_000m, WhitespaceState.Opportunity), ("SVC", 200_000m, WhitespaceState.NotRelevant)];
        return new PotentialSection
        {
            CustomerGrowth = "Brinkhorst groeit 8–10 % per jaar, vooral in Noord-Amerika. De assemblagehal in Hengelo (investering circa 14 mln. EUR) "
                + "wordt volgend jaar in gebruik genomen; vanaf dit jaar krijgt elke nieuwe machine conditiebewaking.",
            Potentials = groups.Select(g => new RevenuePotential { ProductGroupId = b.ProductGroup(g.Code), MaximumRevenue = Thousands(b.Revenue(b.LastYear, g.Code) + g.Extra) }).ToList(),
            Whitespace =
            [
                .. groups.Select(g => new WhitespaceCell { ProductGroupId = b.ProductGroup(g.Code), State = WhitespaceState.WeSupply }),
                // Kallmann took the drives of the bakery lines; we still supply the other machines.
                new WhitespaceCell
                {
                    Division = "Bakkerijlijnen", ProductGroupId = b.ProductGroup("DRV"), State = WhitespaceState.CompetitorSupplies,
                    Competitor = "Kallmann Antriebe",
                },
                .. groups.Select(g => new WhitespaceCell
                {
                    Division = "Assemblagehal Hengelo", ProductGroupId = b.ProductGroup(g.Code), State = g.Hengelo,
                    Value = g.Hengelo == WhitespaceState.Opportunity ? g.Extra : null,
                }),
            ],
            Activities = Items("Conditiebewaking als standaardoptie in de Brinkhorst-prijslijst opnemen", "Automatiseringsconcept voor Hengelo samen met operations uitwerken",
                "Aandrijvingen voor de bakkerijlijnen terugwinnen met een totaalkostenvergelijking", "Cloudbeveiliging met IT laten certificeren"),
        };
    }

    private static Swot NewSwot()
    {
        var monitoring = Item("Alle nieuwe machines krijgen vanaf dit jaar conditiebewaking", "Ons platform moet de standaard worden voordat Nordtec zijn oplossing aanbiedt");
        var hengelo = Item("De nieuwe assemblagehal in Hengelo wordt volledig geautomatiseerd", "Een complete automatiseringsorder van besturing tot aandrijving is binnen bereik");
        var delivery = Item("Late leveringen van vorig jaar hebben het vertrouwen van supply chain beschadigd", "Zonder aantoonbare leverbetrouwbaarheid verliezen we de leveranciersreductie");
        var drivesPrice = Item("Kallmann biedt aandrijvingen 10 % goedkoper aan", "Op prijs alleen verliezen we; we moeten de totale kosten en de service laten zien");
        var security = Item("IT ziet verbonden machines als beveiligingsrisico", "Zonder akkoord van IT komt ons softwareplatform er niet; IT vroeg betrekken");
        return new Swot(new SwotSection
        {
            Strengths =
            [
                Item("Standaardleverancier van besturingen sinds jaren", "Wij kennen hun machines en software als geen ander"),
                Item("Succesvolle pilot conditiebewaking op twee zuivellijnen", "Concreet bewijs: 30 % minder ongeplande stilstand"),
            ],
            Weaknesses = [delivery, Item("Geen eigen servicemonteur in Twente", "Storingen duren langer dan bij concurrenten met lokale mensen")],
            Opportunities = [monitoring, hengelo, Item("Leveranciersreductie van elf naar vijf", "Wie overblijft, krijgt meer volume; wij willen de systeemleverancier zijn")],
            Threats = [drivesPrice, security],
            TopOpportunities = [Top(monitoring, 5, 4), Top(hengelo, 5, 3)],
            TopRisks = [Top(delivery, 5, 3), Top(drivesPrice, 4, 4), Top(security, 4, 3)],
        }, monitoring, hengelo, delivery, drivesPrice, security);
    }

    private static ObjectivesSection Objectives(DemoPlanBuilder b, Swot swot) => new()
    {
        Objectives =
        [
            new Objective
            {
                Title = "Conditiebewaking standaard op alle nieuwe machines", Measure = ObjectiveMeasure.Revenue, MeasureDescription = "Omzet software (licenties en abonnementen)",
                Baseline = b.Revenue(b.LastYear, "SW"), Target = Thousands(Math.Max(200_000m, b.Revenue(b.LastYear, "SW") * 1.45m)), Unit = b.Currency,
                DueDate = b.Date(12, 31), Addresses = [swot.Monitoring.Id, swot.Security.Id],
            },
            new Objective
            {
                Title = "Aandrijvingen voor Hengelo en de bakkerijlijnen winnen", Measure = ObjectiveMeasure.Revenue, MeasureDescription = "Omzet aandrijvingen",
                Baseline = b.Revenue(b.LastYear, "DRV"), Target = Thousands(b.Revenue(b.LastYear, "DRV") + 250_000m), Unit = b.Currency,
                DueDate = b.Date(12, 31), Addresses = [swot.Hengelo.Id, swot.DrivesPrice.Id],
            },
            new Objective
            {
                Title = "Klanttevredenheid terug naar minimaal een 8", Measure = ObjectiveMeasure.CustomerSatisfaction,
                MeasureDescription = "Score in de jaarlijkse leveranciersbeoordeling van Brinkhorst", Baseline = 6.8m, Target = 8m, Unit = "score",
                DueDate = b.Date(11, 30), Addresses = [swot.Delivery.Id],
            },
        ],
    };

    private static StrategySection Strategy(DemoPlanBuilder b, ObjectivesSection objectives) => new()
    {
        Entries =
        [
            new StrategyEntry { ObjectiveId = objectives.Objectives[0].Id, WhatWeSell = "Conditiebewakingsplatform als abonnement per machine",
                ContactIds = Ids(b.Contact(Coo), b.Contact(It), b.Contact(Cfo, Ceo)), Channel = SalesChannel.Direct,
                Arguments = "Brinkhorst verkoopt beschikbaarheid aan zijn klanten; met ons platform kan het 98 % garanderen en onderhoud als dienst "
                    + "verkopen. De pilot bewijst 30 % minder stilstand. Voor IT: on-premise variant en ISO 27001-gecertificeerde cloud.",
                Conditions = "Abonnement per machine per jaar; Brinkhorst verkoopt door met eigen marge" },
            new StrategyEntry { ObjectiveId = objectives.Objectives[1].Id, WhatWeSell = "Aandrijvingen en besturing als één pakket voor Hengelo en de bakkerijlijnen",
                ContactIds = Ids(b.Contact(Purchasing), b.Contact(Coo)), Channel = SalesChannel.Direct,
                Arguments = "Eén leverancier voor besturing en aandrijving: minder engineering, één servicecontract en snellere inbedrijfstelling. "
                    + "Totale kosten over tien jaar lager dan Kallmann, ondanks de hogere stukprijs.",
                Conditions = "Projectprijs voor Hengelo, staffelkorting op aandrijvingen vanaf 500 stuks per jaar" },
            new StrategyEntry { ObjectiveId = objectives.Objectives[2].Id, WhatWeSell = "Leverbelofte met voorraad in Enschede en een vaste servicemonteur",
                ContactIds = Ids(b.Contact(SupplyChain), b.Contact(Purchasing)), Channel = SalesChannel.Direct,
                Arguments = "We erkennen de problemen van vorig jaar en maken leverbetrouwbaarheid meetbaar: maandelijkse rapportage en een vaste monteur.",
                Conditions = "Vendor managed inventory zonder meerprijs bij een jaarvolume boven 3 mln. EUR" },
        ],
    };

    private static ActionsSection Actions(DemoPlanBuilder b, ObjectivesSection objectives, Swot swot)
    {
        var (software, drives, satisfaction) = (objectives.Objectives[0].Id, objectives.Objectives[1].Id, objectives.Objectives[2].Id);
        PlanAction Action(string title, Guid objective, Guid[] addresses, string owner, DateOnly due, decimal? cost, string impact) => new()
        {
            Title = title, ObjectiveId = objective, Addresses = addresses, OwnerUserId = owner, DueDate = due, Cost = cost, Status = b.ActionStatus(due), CommercialImpact = impact,
        };
        return new ActionsSection
        {
            Actions =
            [
                Action("Beveiligingsworkshop met IT over het softwareplatform", software, [swot.Security.Id], b.Team, b.Date(2, 26), 2_500m, "Haalt de grootste blokkade voor de software weg"),
                Action("Business case conditiebewaking voor de directie", software, [swot.Monitoring.Id], b.Kam, b.Date(4, 10), null, "Basis voor het besluit over standaardisatie"),
                Action("Automatiseringsconcept Hengelo met operations opstellen", drives, [swot.Hengelo.Id], b.Team, b.Date(5, 29), 9_000m, "Opent een projectvolume van circa 1 mln. EUR"),
                Action("Totaalkostenvergelijking aandrijvingen tegen Kallmann", drives, [swot.DrivesPrice.Id], b.Kam, b.Date(3, 20), null, "Argument om de bakkerijlijnen terug te winnen"),
                Action("Vendor managed inventory in Enschede opzetten", satisfaction, [swot.Delivery.Id], b.Kam, b.Date(3, 31), 15_000m, "Leverbetrouwbaarheid aantoonbaar boven 98 %"),
                Action("Maandelijkse leverrapportage aan supply chain", satisfaction, [swot.Delivery.Id], b.Team, b.Date(12, 15), null, "Herstelt vertrouwen, voorwaarde voor de leveranciersreductie"),
            ],
        };
    }

    private static VisitsSection Visits(DemoPlanBuilder b)
    {
        (int Month, int Day, VisitKind Kind, int? Contact, string Goal)[] visits =
        [
            (1, 15, VisitKind.Visit, b.Contact(Purchasing), "Jaarafspraken en leveranciersreductie bespreken"), (2, 26, VisitKind.Visit, b.Contact(It), "Beveiligingsworkshop"),
            (3, 20, VisitKind.Visit, b.Contact(Purchasing), "Totaalkostenvergelijking aandrijvingen"), (3, 31, VisitKind.Visit, b.Contact(SupplyChain), "Start vendor managed inventory"),
            (4, 10, VisitKind.Visit, b.Contact(Cfo, Ceo), "Business case conditiebewaking"), (5, 29, VisitKind.Visit, b.Contact(Coo), "Automatiseringsconcept Hengelo"),
            (6, 18, VisitKind.VideoCall, b.Contact(SupplyChain), "Review leverprestaties eerste halfjaar"), (7, 2, VisitKind.Visit, b.Contact(Ceo), "Directiegesprek over groei in Noord-Amerika"),
            (9, 10, VisitKind.Event, b.Contact(Coo), "Bezoek aan onze klantendag"), (10, 8, VisitKind.Visit, b.Contact(Purchasing), "Voorbereiding jaarafspraken"),
            (11, 12, VisitKind.Visit, b.Contact(Cfo, Ceo), "Jaarreview en plan voor volgend jaar"),
        ];
        return new VisitsSection
        {
            TargetVisitsPerYear = 10,
            Visits = visits.Select(v => new PlannedVisit
            {
                Date = b.Date(v.Month, v.Day), Kind = v.Kind, ContactIds = Ids(v.Contact), Goal = v.Goal,
                AttendeeUserIds = v.Month is 2 or 5 or 9 ? b.KamAndTeam : [b.Kam], Status = b.VisitStatus(b.Date(v.Month, v.Day)),
            }).ToList(),
        };
    }

    private static ValueOfferingSection ValueOffering(DemoPlanBuilder b) => new()
    {
        Services =
        [
            new ValueAddedService { Service = "Vendor managed inventory", Description = "Voorraad besturingen en aandrijvingen in Enschede, wij bewaken het minimum", Status = ServiceStatus.Agreed },
            new ValueAddedService { Service = "Training voor servicemonteurs", Description = "Twee trainingsdagen per jaar voor de monteurs van Brinkhorst", Status = ServiceStatus.Implemented },
            new ValueAddedService { Service = "Servicepartners in Noord-Amerika", Description = "Onze partners ondersteunen inbedrijfstellingen in de VS en Canada", Status = ServiceStatus.Offered },
        ],
        Commitments =
        [
            new Commitment { By = CommitmentParty.Us, Text = "Leverbetrouwbaarheid van minimaal 98 %, maandelijks gerapporteerd", DueDate = b.Date(12, 31), Status = CommitmentStatus.InProgress },
            new Commitment { By = CommitmentParty.Us, Text = "Vaste servicemonteur in Enschede", DueDate = b.Date(6, 30), Status = CommitmentStatus.Open },
            new Commitment { By = CommitmentParty.Customer, Text = "Rolling forecast van zes maanden voor besturingen en aandrijvingen", DueDate = b.Date(3, 31), Status = CommitmentStatus.Open },
        ],
    };

    private static BudgetSection Budget(DemoPlanBuilder b) => new()
    {
        OtherCosts =
        [
            new SalesCost { Category = CostCategory.Travel, Description = "Bezoeken Enschede en Hengelo", Amount = 3_500m },
            new SalesCost { Category = CostCategory.Events, Description = "Klantendag, aandeel Brinkhorst", Amount = 2_500m },
            new SalesCost { Category = CostCategory.Time, Description = "Servicemonteur Enschede, 50 % van het jaar", Amount = 38_000m },
        ],
        PlannedContributionMargin = Thousands(b.Margin(b.LastYear) * 1.08m),
        RevenueTargets = b.RevenueTargets(0.06m),
    };

    private static KpisSection Kpis(DemoPlanBuilder b, ObjectivesSection objectives)
    {
        var o = objectives.Objectives;
        return new KpisSection
        {
            Kpis = b.Assessed(
            [
                new Kpi { Name = "Omzet software", ObjectiveId = o[0].Id, Unit = b.Currency, Target = o[0].Target, Actuals = b.Quarters(121_000m, 268_000m, 410_000m) },
                new Kpi { Name = "Omzet aandrijvingen", ObjectiveId = o[1].Id, Unit = b.Currency, Target = o[1].Target, Actuals = b.Quarters(139_000m, 301_000m, 455_000m) },
                new Kpi { Name = "Klanttevredenheid", ObjectiveId = o[2].Id, Unit = "score", Target = 8m },
                new Kpi { Name = "Leverbetrouwbaarheid", Unit = "%", Target = 98m, Actuals = b.Quarters(96.5m, 98.2m, 98.8m) },
            ], o),
        };
    }

    private static DecisionsSection Decisions(DemoPlanBuilder b) => new()
    {
        Requests =
        [
            new DecisionRequest
            {
                Title = "Vaste servicemonteur in Enschede", Kind = DecisionRequestKind.Budget, Amount = 38_000m,
                Rationale = "De lage klanttevredenheid komt vooral door late leveringen en trage service. Een vaste monteur, die ook andere klanten in "
                    + "Twente bedient, herstelt het vertrouwen voordat Brinkhorst over de leveranciersreductie beslist.",
                Options = Items("Monteur voor 50 % aan Brinkhorst toewijzen", "Service op afstand vanuit Utrecht", "Geen extra inzet"),
                Recommendation = "Monteur voor 50 % toewijzen; de rest van de tijd voor andere klanten in de regio",
                Decision = DecisionOutcome.Approved, DecisionDate = b.DaysAgo(25), DeciderUserId = b.BusinessAreaManager,
            },
        ],
    };

    private static CommunicationSection Communication(DemoPlanBuilder b) => new()
    {
        Entries =
        [
            new CommunicationEntry { Audience = CommunicationAudience.Internal, Stakeholder = "Business unit manager", Content = "Voortgang doelstellingen en besluitvoorstellen",
                Purpose = "Steun en budget", Form = CommunicationForm.Report, Frequency = CommunicationFrequency.EachReview, OwnerUserId = b.Kam },
            new CommunicationEntry { Audience = CommunicationAudience.Internal, Stakeholder = "Logistiek en orderverwerking", Content = "Forecast en leverprestaties Brinkhorst",
                Purpose = "Leverbetrouwbaarheid boven 98 %", Form = CommunicationForm.Meeting, Frequency = CommunicationFrequency.Monthly, OwnerUserId = b.Team },
            new CommunicationEntry { Audience = CommunicationAudience.External, ContactId = b.Contact(SupplyChain, Purchasing), Content = "Leverrapportage",
                Purpose = "Vertrouwen herstellen", Form = CommunicationForm.Report, Frequency = CommunicationFrequency.Monthly, OwnerUserId = b.Team },
            new CommunicationEntry { Audience = CommunicationAudience.External, ContactId = b.Contact(Cfo, Ceo), Content = "Resultaten conditiebewaking en kostenbesparing",
                Purpose = "Economische beslisser overtuigen", Form = CommunicationForm.Presentation, Frequency = CommunicationFrequency.HalfYearly, OwnerUserId = b.Kam },
        ],
    };
}
