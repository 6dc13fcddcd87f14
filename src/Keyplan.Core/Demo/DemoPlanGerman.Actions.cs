using Keyplan.Core.Plans.Sections;
using static Keyplan.Core.Demo.DemoPlanBuilder;

namespace Keyplan.Core.Demo;

/// <summary>The German example plan: strategy, actions, visits, costs, KPIs, decisions and communication.</summary>
internal static partial class DemoPlanGerman
{
    private static StrategySection Strategy(DemoPlanBuilder b, ObjectivesSection objectives) => new()
    {
        Entries =
        [
            new StrategyEntry
            {
                ObjectiveId = objectives.Objectives[0].Id, WhatWeSell = "Steuerungsplattform mit Software-Bibliothek FLEX, Servoantriebe als Systempaket",
                ContactIds = Ids(b.Contact(Engineering), b.Contact(Cfo, Ceo), b.Contact(Automation)),
                Arguments = "Nicht der günstigste Listenpreis, sondern die geringsten Kosten je Anlage: Mit unseren fertigen Bausteinen sinkt der "
                    + "Programmieraufwand nachweislich um 30 %, die virtuelle Inbetriebnahme spart zwei Wochen beim Endkunden. Steuerung und Antrieb "
                    + "aus einer Hand bedeuten eine Verantwortung und weltweiten Service. Nachweis über die Referenzzelle in Bielefeld.",
                Channel = SalesChannel.Direct,
                Conditions = "Plattformpreis für 5 Jahre mit jährlicher Staffel nach Stückzahl; Bibliothekslizenz für die Gruppe inklusive",
            },
            new StrategyEntry
            {
                ObjectiveId = objectives.Objectives[1].Id, WhatWeSell = "Retrofit-Pakete für Bestandsanlagen, Fernwartungsverträge, Ersatzteil-Konsignation",
                ContactIds = Ids(b.Contact(Coo), b.Contact(Projects)),
                Arguments = "Vossberg verdient am Retrofit seiner Bestandsanlagen mit; wir liefern das Paket fertig geprüft und übernehmen die "
                    + "Ferndiagnose, damit Vossberg keine Techniker für einfache Störungen um die Welt schicken muss.",
                Channel = SalesChannel.Direct,
                Conditions = "Festpreis je Retrofit-Paket, Fernwartung als Jahresabonnement je Anlage",
            },
            new StrategyEntry
            {
                ObjectiveId = objectives.Objectives[2].Id, WhatWeSell = "Gruppenrahmenvertrag für Antriebe, Steuerungen, Software und Service",
                ContactIds = Ids(b.Contact(Purchasing), b.Contact(Cfo, Ceo)),
                Arguments = "Statt 5 % Rabatt bieten wir 3 % Mengenbonus bei Erreichen des Gruppenvolumens, das Konsignationslager und eine "
                    + "Lieferzusage von 5 Arbeitstagen: Der Einkauf kann eine Einsparung ausweisen, und die Montage bekommt Liefersicherheit.",
                Channel = SalesChannel.Direct,
                Conditions = "Laufzeit 3 Jahre, Mengenbonus ab 1,6 Mio. EUR Jahresvolumen, Preisgleitklausel nur für Kupfer und Elektronik",
            },
        ],
    };

    private static ActionsSection Actions(DemoPlanBuilder b, ObjectivesSection objectives, Swot swot)
    {
        var (platform, service, margin) = (objectives.Objectives[0].Id, objectives.Objectives[1].Id, objectives.Objectives[2].Id);
        PlanAction Action(string title, Guid objective, Guid[] addresses, string owner, DateOnly due, decimal? cost, string impact) => new()
        {
            Title = title, ObjectiveId = objective, Addresses = addresses, OwnerUserId = owner, DueDate = due, Cost = cost,
            Status = b.ActionStatus(due), CommercialImpact = impact,
        };
        return new ActionsSection
        {
            Actions =
            [
                Action("Workshop Software-Bibliothek mit der Konstruktion", platform, [swot.Platform.Id], b.Team, b.Date(2, 20), 3_500m,
                    "Konstrukteure lernen unsere Bausteine kennen; Voraussetzung für eine faire Bewertung gegen Nordtec"),
                Action("Referenzzelle FLEX in Bielefeld aufbauen", platform, [swot.Platform.Id, swot.PriceAttack.Id], b.Team, b.Date(5, 15), 28_000m,
                    "Beweist 30 % weniger Programmieraufwand; entscheidet über rund 480.000 EUR Steuerungsumsatz pro Jahr"),
                Action("Gesamtkostenvergleich FLEX gegen Nordtec-Angebot vorlegen", platform, [swot.PriceAttack.Id], b.Kam, b.Date(6, 10), null,
                    "Lenkt die Entscheidung vom Listenpreis auf die Kosten je Anlage"),
                Action("Retrofit-Paket für Nordtec-Bestandsanlagen kalkulieren und anbieten", service, [swot.Retrofit.Id], b.Team, b.Date(4, 30), 2_000m,
                    "Erster Auftrag öffnet einen Markt von rund 300 Anlagen"),
                Action("Fernwartungsvertrag für alle neuen Anlagen verhandeln", service, [swot.Retrofit.Id], b.Kam, b.Date(9, 30), null,
                    "Wiederkehrender Umsatz von etwa 60.000 EUR pro Jahr"),
                Action("Konsignationslager für Servoantriebe in Bielefeld einrichten", margin, [swot.LeadTimes.Id], b.Kam, b.Date(3, 31), 12_000m,
                    "Nimmt der Montage die Angst vor Lieferverzug; Gegenleistung im Rahmenvertrag statt Rabatt"),
                Action("Rahmenvertragsangebot mit Mengenbonus statt Rabatt vorlegen", margin, [swot.Bundling.Id], b.Kam, b.Date(4, 15), null,
                    "Sichert rund 75.000 EUR Deckungsbeitrag gegenüber der Rabattforderung"),
                Action("Treffen unserer Geschäftsführung mit Finanzleitung und Geschäftsführung von Vossberg", margin, [swot.Champion.Id], b.Kam, b.Date(5, 28), 1_500m,
                    "Verbreitert die Beziehung über die Konstruktion hinaus auf die Entscheider"),
            ],
        };
    }

    private static VisitsSection Visits(DemoPlanBuilder b)
    {
        (int Month, int Day, VisitKind Kind, int? Contact, string Goal)[] visits =
        [
            (1, 22, VisitKind.Visit, b.Contact(Engineering), "Jahresplanung und Zeitplan der FLEX-Entscheidung abstimmen"),
            (2, 20, VisitKind.Visit, b.Contact(Engineering), "Workshop Software-Bibliothek mit der Konstruktion"),
            (3, 12, VisitKind.Visit, b.Contact(Purchasing), "Rahmenvertrag: Anforderungen des Einkaufs aufnehmen"),
            (3, 31, VisitKind.Visit, b.Contact(Coo), "Übergabe Konsignationslager an die Montage"),
            (4, 15, VisitKind.Visit, b.Contact(Purchasing), "Rahmenvertragsangebot präsentieren"),
            (4, 29, VisitKind.VideoCall, b.Contact(Projects), "Retrofit-Paket für Bestandsanlagen vorstellen"),
            (5, 15, VisitKind.Visit, b.Contact(Automation), "Abnahme der Referenzzelle"),
            (5, 28, VisitKind.Visit, b.Contact(Cfo, Ceo), "Top-Management-Treffen mit unserer Geschäftsführung"),
            (6, 10, VisitKind.Visit, b.Contact(Engineering), "Gesamtkostenvergleich vorstellen"),
            (7, 8, VisitKind.Call, b.Contact(Engineering), "Stand der Plattformentscheidung"),
            (9, 16, VisitKind.Event, b.Contact(Automation), "Kundentag bei uns: Antriebe für die Batteriemontage"),
            (9, 30, VisitKind.Visit, b.Contact(Coo), "Fernwartungsvertrag verhandeln"),
            (11, 5, VisitKind.Visit, b.Contact(Cfo, Ceo), "Review des Jahres und Ausblick auf den nächsten Plan"),
            (12, 3, VisitKind.Call, b.Contact(Purchasing), "Mengenbonus abrechnen"),
        ];
        return new VisitsSection
        {
            TargetVisitsPerYear = 12,
            Visits = visits.Select(v => new PlannedVisit
            {
                Date = b.Date(v.Month, v.Day), Kind = v.Kind, ContactIds = Ids(v.Contact), Goal = v.Goal,
                AttendeeUserIds = v.Kind == VisitKind.Visit && v.Month % 2 == 1 ? b.KamAndTeam : [b.Kam], Status = b.VisitStatus(b.Date(v.Month, v.Day)),
            }).ToList(),
        };
    }

    private static ValueOfferingSection ValueOffering(DemoPlanBuilder b) => new()
    {
        Services =
        [
            new ValueAddedService { Service = "Konsignationslager Servoantriebe", Description = "Bestand für 40 Achsen in Bielefeld, Abrechnung bei Entnahme", Status = ServiceStatus.Agreed },
            new ValueAddedService { Service = "Software-Bibliothek FLEX", Description = "Geprüfte Bausteine für Handhabung, Fügen und Prüfen, mit Schulung", Status = ServiceStatus.InImplementation },
            new ValueAddedService { Service = "Ferndiagnose", Description = "Fernzugriff und Störungsanalyse durch unseren Service innerhalb von 4 Stunden", Status = ServiceStatus.Offered },
            new ValueAddedService { Service = "Virtuelle Inbetriebnahme", Description = "Simulationsmodell der Anlage vor dem Aufbau", Status = ServiceStatus.Offered },
        ],
        Commitments =
        [
            new Commitment { By = CommitmentParty.Us, Text = "Lieferzusage 5 Arbeitstage für Servoantriebe aus dem Konsignationslager", DueDate = b.Date(3, 31), Status = CommitmentStatus.InProgress },
            new Commitment { By = CommitmentParty.Us, Text = "Referenzzelle betriebsbereit übergeben", DueDate = b.Date(5, 15), Status = CommitmentStatus.Open },
            new Commitment { By = CommitmentParty.Customer, Text = "Zwei Konstrukteure für die Referenzzelle freistellen", DueDate = b.Date(4, 1), Status = CommitmentStatus.Open },
            new Commitment { By = CommitmentParty.Customer, Text = "Entscheidung über die FLEX-Steuerung bis Ende Juni", DueDate = b.Date(6, 30), Status = CommitmentStatus.Open },
        ],
    };

    private static BudgetSection Budget(DemoPlanBuilder b) => new()
    {
        OtherCosts =
        [
            new SalesCost { Category = CostCategory.Travel, Description = "Besuche Bielefeld, Gütersloh und Venlo", Amount = 6_500m },
            new SalesCost { Category = CostCategory.Events, Description = "Kundentag Batteriemontage, anteilig", Amount = 4_000m },
            new SalesCost { Category = CostCategory.Samples, Description = "Leihantriebe für die Referenzzelle", Amount = 8_000m },
            new SalesCost { Category = CostCategory.Time, Description = "Anwendungstechnik, 25 Tage", Amount = 22_500m },
        ],
        PlannedContributionMargin = Thousands(b.Margin(b.LastYear) * 1.05m),
        RevenueTargets = b.RevenueTargets(0.08m),
    };

    private static KpisSection Kpis(DemoPlanBuilder b, ObjectivesSection objectives)
    {
        var o = objectives.Objectives;
        return new KpisSection
        {
            Kpis = b.Assessed(
            [
                new Kpi { Name = "Umsatz Steuerungen", ObjectiveId = o[0].Id, Unit = b.Currency, Target = o[0].Target, Actuals = b.Quarters(58_000m, 121_000m, 210_000m) },
                new Kpi { Name = "Umsatz Services", ObjectiveId = o[1].Id, Unit = b.Currency, Target = o[1].Target, Actuals = b.Quarters(131_000m, 270_000m, 415_000m) },
                new Kpi { Name = "Deckungsbeitrag", ObjectiveId = o[2].Id, Unit = b.Currency, Target = o[2].Target, Actuals = b.Quarters(109_000m, 221_000m, 340_000m) },
                new Kpi { Name = "Besuche bei Entscheidern", Unit = "Besuche", Target = 4m, Actuals = b.Quarters(1m, 2m, 3m) },
            ], o),
        };
    }

    private static DecisionsSection Decisions(DemoPlanBuilder b) => new()
    {
        Requests =
        [
            new DecisionRequest
            {
                Title = "Pilotbudget Referenzzelle FLEX", Kind = DecisionRequestKind.Budget, Amount = 28_000m,
                Rationale = "Die Plattformentscheidung fällt bis Ende Juni. Ohne eine laufende Referenzzelle können wir den Vorteil unserer Bibliothek "
                    + "nicht beweisen und konkurrieren nur über den Preis gegen Nordtec.",
                Options = Items("Referenzzelle vollständig auf unsere Kosten", "Kosten teilen mit Vossberg (50/50)", "Nur Simulation, keine Hardware"),
                Recommendation = "Vollständig übernehmen: Das Steuerungsvolumen von rund 480.000 EUR pro Jahr rechtfertigt den Einsatz.",
                Decision = DecisionOutcome.Approved, DecisionDate = b.DaysAgo(30), DeciderUserId = b.BusinessAreaManager,
            },
            new DecisionRequest
            {
                Title = "Mengenbonus 3 % im Gruppenrahmenvertrag", Kind = DecisionRequestKind.BusinessCritical, Amount = 48_000m,
                Rationale = "Der Einkauf fordert 5 % Preissenkung. Ein Mengenbonus nur bei Erreichen des Gruppenvolumens schützt den Deckungsbeitrag "
                    + "und bindet Gütersloh und Venlo an uns.",
                Options = Items("5 % Rabatt wie gefordert", "3 % Mengenbonus ab 1,6 Mio. EUR", "Kein Zugeständnis, Risiko Lieferantenwechsel"),
                Recommendation = "3 % Mengenbonus, kombiniert mit Konsignationslager und Lieferzusage",
                Decision = DecisionOutcome.Pending,
            },
        ],
    };

    private static CommunicationSection Communication(DemoPlanBuilder b) => new()
    {
        Entries =
        [
            new CommunicationEntry { Audience = CommunicationAudience.Internal, Stakeholder = "Geschäftsbereichsleitung", Content = "Fortschritt der Ziele, Entscheidungsvorlagen",
                Purpose = "Unterstützung und Budget sichern", Form = CommunicationForm.Report, Frequency = CommunicationFrequency.EachReview, OwnerUserId = b.Kam },
            new CommunicationEntry { Audience = CommunicationAudience.Internal, Stakeholder = "Account-Team und Anwendungstechnik", Content = "Stand FLEX, offene Maßnahmen",
                Purpose = "Abstimmung der Aktivitäten", Form = CommunicationForm.Meeting, Frequency = CommunicationFrequency.Monthly, OwnerUserId = b.Kam },
            new CommunicationEntry { Audience = CommunicationAudience.External, ContactId = b.Contact(Engineering), Content = "Ergebnisse der Referenzzelle, Software-Roadmap",
                Purpose = "Unsere Fürsprecherin mit Argumenten ausstatten", Form = CommunicationForm.Meeting, Frequency = CommunicationFrequency.Monthly, OwnerUserId = b.Team },
            new CommunicationEntry { Audience = CommunicationAudience.External, ContactId = b.Contact(Cfo, Ceo), Content = "Gesamtkostenvergleich und Einsparungen je Anlage",
                Purpose = "Den wirtschaftlichen Entscheider überzeugen", Form = CommunicationForm.Presentation, Frequency = CommunicationFrequency.HalfYearly, OwnerUserId = b.Kam },
            new CommunicationEntry { Audience = CommunicationAudience.External, Stakeholder = "Einkauf der Vossberg-Gruppe", Content = "Liefertreue, Konsignationsbestand, Volumen",
                Purpose = "Vertrauen in die Lieferfähigkeit", Form = CommunicationForm.Report, Frequency = CommunicationFrequency.Quarterly, OwnerUserId = b.Kam },
        ],
    };
}
