using Keyplan.Core.Plans.Sections;
using static Keyplan.Core.Demo.DemoPlanBuilder;

namespace Keyplan.Core.Demo;

/// <summary>The German example plan: buying center, potential, SWOT and the three objectives.</summary>
internal static partial class DemoPlanGerman
{
    /// <summary>The SWOT and the items the objectives and actions refer to.</summary>
    private sealed record Swot(SwotSection Section, SwotItem Platform, SwotItem Retrofit, SwotItem PriceAttack, SwotItem Bundling, SwotItem Champion, SwotItem LeadTimes);

    private static BuyingCenterSection BuyingCenter(DemoPlanBuilder b) => DemoPlanBuilder.BuyingCenter(
        new StakeholderAssessment
        {
            ContactId = b.Contact(Cfo, Ceo), Roles = [BuyingCenterRole.Approver, BuyingCenterRole.Decider], BuyingInfluences = [BuyingInfluence.EconomicBuyer],
            Attitude = 0, Influence = InfluenceLevel.High, CurrentRelationship = RelationshipLevel.Vendor, DesiredRelationship = RelationshipLevel.CredibleSource,
            ResponseMode = ResponseMode.EvenKeel, PersonalWin = "Will dem Beirat eine messbare Senkung der Herstellkosten je Anlage zeigen",
            RelationshipOwnerUserId = b.Kam, LastContactDate = b.DaysAgo(48),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Ceo), Roles = [BuyingCenterRole.Decider], Attitude = 1, Influence = InfluenceLevel.High,
            CurrentRelationship = RelationshipLevel.CredibleSource, DesiredRelationship = RelationshipLevel.TrustedAdvisor, ResponseMode = ResponseMode.Growth,
            PersonalWin = "Die Plattform FLEX als ihr Projekt zum Erfolg führen", RelationshipOwnerUserId = b.Kam, LastContactDate = b.DaysAgo(75),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Engineering, Projects), Roles = [BuyingCenterRole.Initiator, BuyingCenterRole.Influencer],
            BuyingInfluences = [BuyingInfluence.TechnicalBuyer, BuyingInfluence.Coach], Attitude = 2, Influence = InfluenceLevel.High,
            CurrentRelationship = RelationshipLevel.ProblemSolver, DesiredRelationship = RelationshipLevel.TrustedAdvisor, ResponseMode = ResponseMode.Growth,
            PersonalWin = "Weniger Programmieraufwand für ihr überlastetes Team; Anerkennung für die Plattform", RelationshipOwnerUserId = b.Kam,
            LastContactDate = b.DaysAgo(9),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Purchasing), Roles = [BuyingCenterRole.Buyer, BuyingCenterRole.Gatekeeper], BuyingInfluences = [BuyingInfluence.TechnicalBuyer],
            Attitude = -1, Influence = InfluenceLevel.Medium, CurrentRelationship = RelationshipLevel.Vendor, DesiredRelationship = RelationshipLevel.CredibleSource,
            ResponseMode = ResponseMode.EvenKeel, PersonalWin = "Sichtbare Einsparung aus der Bündelung der Gruppe im ersten Jahr als Einkaufsleiter",
            RelationshipOwnerUserId = b.Kam, LastContactDate = b.DaysAgo(21),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Coo), Roles = [BuyingCenterRole.User, BuyingCenterRole.Influencer], BuyingInfluences = [BuyingInfluence.UserBuyer],
            Attitude = 1, Influence = InfluenceLevel.Medium, CurrentRelationship = RelationshipLevel.CredibleSource, DesiredRelationship = RelationshipLevel.ProblemSolver,
            ResponseMode = ResponseMode.Trouble, PersonalWin = "Termintreue in der Montage, keine Projekte mehr mit fehlenden Antrieben",
            RelationshipOwnerUserId = b.Kam, LastContactDate = b.DaysAgo(33),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Automation), Roles = [BuyingCenterRole.User], BuyingInfluences = [BuyingInfluence.UserBuyer], Attitude = 2,
            Influence = InfluenceLevel.Low, CurrentRelationship = RelationshipLevel.ProblemSolver, DesiredRelationship = RelationshipLevel.TrustedAdvisor,
            ResponseMode = ResponseMode.Growth, PersonalWin = "Mit fertigen Bausteinen schneller in der Inbetriebnahme fertig sein", RelationshipOwnerUserId = b.Team,
            LastContactDate = b.DaysAgo(12),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Projects), Roles = [BuyingCenterRole.User, BuyingCenterRole.Influencer], Attitude = 0, Influence = InfluenceLevel.Medium,
            CurrentRelationship = RelationshipLevel.Vendor, DesiredRelationship = RelationshipLevel.ProblemSolver, ResponseMode = ResponseMode.Trouble,
            PersonalWin = "Abnahme beim Kunden ohne Nacharbeit", RelationshipOwnerUserId = b.Team, LastContactDate = b.DaysAgo(27),
        },
        new StakeholderAssessment
        {
            ContactId = b.Contact(Quality), Roles = [BuyingCenterRole.Influencer], Attitude = 0, Influence = InfluenceLevel.Low,
            CurrentRelationship = RelationshipLevel.Vendor, DesiredRelationship = RelationshipLevel.CredibleSource, ResponseMode = ResponseMode.EvenKeel,
            PersonalWin = "Lückenlose Dokumentation für die Kundenaudits", RelationshipOwnerUserId = b.Team, LastContactDate = b.DaysAgo(90),
        });

    private static PotentialSection Potential(DemoPlanBuilder b)
    {
        (string Code, decimal Maximum)[] groups = [("CTL", 650_000m), ("DRV", 420_000m), ("SW", 700_000m), ("SVC", 800_000m), ("SEN", 250_000m)];
        var potentials = groups.Select(g => new RevenuePotential
        {
            ProductGroupId = b.ProductGroup(g.Code),
            MaximumRevenue = Thousands(Math.Max(g.Maximum, b.Revenue(b.LastYear, g.Code) * 1.3m)),
        }).ToList();
        var whitespace = groups.Select(g => new WhitespaceCell
        {
            ProductGroupId = b.ProductGroup(g.Code),
            State = b.Revenue(b.LastYear, g.Code) > 0 ? WhitespaceState.WeSupply : WhitespaceState.CompetitorSupplies,
            Competitor = b.Revenue(b.LastYear, g.Code) > 0 ? null : "Sensoria",
        }).ToList();
        foreach (var subsidiary in b.Subsidiaries)
        {
            potentials.Add(new RevenuePotential { AccountId = subsidiary.Id, ProductGroupId = b.ProductGroup("DRV"), MaximumRevenue = 180_000m });
            whitespace.AddRange(groups.Select(g => new WhitespaceCell
            {
                AccountId = subsidiary.Id,
                ProductGroupId = b.ProductGroup(g.Code),
                State = subsidiary.Revenue.Any(r => r.ProductGroupId == b.ProductGroup(g.Code)) ? WhitespaceState.WeSupply
                    : g.Code is "CTL" or "DRV" ? WhitespaceState.Opportunity
                    : g.Code == "SEN" ? WhitespaceState.CompetitorSupplies : WhitespaceState.NotRelevant,
                Value = subsidiary.Revenue.Any(r => r.ProductGroupId == b.ProductGroup(g.Code)) || g.Code is not ("CTL" or "DRV") ? null : 90_000m,
                Competitor = g.Code == "SEN" && subsidiary.Revenue.All(r => r.ProductGroupId != b.ProductGroup(g.Code)) ? "Sensoria" : null,
            }));
        }

        whitespace.Add(new WhitespaceCell { Division = "Servicebüro Mexiko", ProductGroupId = b.ProductGroup("SVC"), State = WhitespaceState.Opportunity, Value = 120_000m });
        return new PotentialSection
        {
            CustomerGrowth = "Vossberg plant 6–8 % Umsatzwachstum pro Jahr, getragen von Batterie- und Elektromotor-Montage. Mit FLEX sollen ab dem "
                + "nächsten Jahr 60 % der neuen Anlagen auf einer Plattform entstehen; dadurch werden Steuerungen und Antriebe für alle drei Standorte "
                + "einheitlich beschafft. Der Service soll von 18 % auf 25 % des Umsatzes wachsen.",
            Potentials = potentials,
            Whitespace = whitespace,
            Activities = Items("Referenzzelle FLEX mit unserer Steuerung und Software-Bibliothek in Bielefeld aufbauen",
                "Antriebe für die Standorte Gütersloh und Venlo in den Gruppenrahmenvertrag aufnehmen",
                "Retrofit-Paket für die rund 300 Bestandsanlagen mit Nordtec-Steuerungen anbieten",
                "Servicevertrag für das Büro in Mexiko mit unserer Landesgesellschaft abstimmen"),
        };
    }

    private static Swot NewSwot()
    {
        var platform = Item("Vossberg legt in diesem Jahr die Steuerungs- und Antriebsarchitektur der Plattform FLEX für alle Standorte fest",
            "Die wichtigste Entscheidung der nächsten fünf Jahre: gewinnen wir sie, sind wir Standardlieferant der Gruppe");
        var retrofit = Item("Rund 300 Bestandsanlagen beim Endkunden brauchen in den nächsten Jahren ein Retrofit",
            "Retrofit-Pakete mit Ferndiagnose bringen wiederkehrenden Serviceumsatz und öffnen die Tür zu den Endkunden");
        var battery = Item("Wachsender Anteil an Batteriemodul-Linien", "Hier zählt Dynamik der Antriebe; unsere Servoachsen sind die Referenz");
        var priceAttack = Item("Nordtec bietet 12 % Nachlass, um Alleinlieferant für die FLEX-Steuerung zu werden",
            "Über den Preis verlieren wir; wir müssen die Entscheidung auf Gesamtkosten und Engineering-Zeit lenken");
        var bundling = Item("Der neue Einkauf bündelt die Rahmenverträge der Gruppe und fordert 5 % Preissenkung",
            "Ohne Gegenleistung kostet uns das etwa 75.000 EUR Deckungsbeitrag; wir brauchen ein Angebot mit Mehrwert statt Rabatt");
        var champion = Item("Unsere Beziehung hängt stark an der Leiterin der Konstruktion",
            "Wechselt sie oder verliert sie an Einfluss, fehlt uns der Zugang; Beziehungen zu Finanzen und Geschäftsführung aufbauen");
        var leadTimes = Item("Lieferverzug bei Servoantrieben vor zwei Jahren ist nicht vergessen",
            "Die Montage zweifelt an unserer Lieferfähigkeit; wir brauchen eine verbindliche Verfügbarkeitszusage");
        var section = new SwotSection
        {
            Strengths =
            [
                Item("Einziger Anbieter mit Steuerung, Antrieb, Software und Service aus einer Hand", "Systemargument: eine Schnittstelle, eine Verantwortung"),
                Item("Unsere Inbetriebnahme-Unterstützung wird von den Projektleitern geschätzt", "Referenzen aus den Projekten gezielt für die FLEX-Entscheidung nutzen"),
                Item("Fernwartungs-Pilot in Mexiko erfolgreich", "Beweis, dass wir weltweiten Service digital leisten können"),
            ],
            Weaknesses = [champion, leadTimes, Item("Bei Steuerungen sind wir nur zweite Wahl", "Die Konstrukteure kennen Nordtec besser; Schulungen anbieten")],
            Opportunities = [platform, retrofit, battery],
            Threats =
            [
                priceAttack, bundling,
                Item("Asiatische Anlagenbauer drücken die Preise von Vossberg", "Vossberg wird jede Kostenposition prüfen; unsere Argumente müssen in Euro rechnen"),
            ],
            TopOpportunities = [Top(platform, 5, 4), Top(retrofit, 4, 4), Top(battery, 3, 4)],
            TopRisks = [Top(priceAttack, 5, 4), Top(bundling, 4, 5), Top(champion, 4, 2), Top(leadTimes, 3, 3)],
        };
        return new Swot(section, platform, retrofit, priceAttack, bundling, champion, leadTimes);
    }

    private static ObjectivesSection Objectives(DemoPlanBuilder b, Swot swot) => new()
    {
        Objectives =
        [
            new Objective
            {
                Title = "Standardsteuerung der Plattform FLEX werden", Measure = ObjectiveMeasure.Revenue,
                MeasureDescription = "Umsatz mit Steuerungen (Produktgruppe Controllers) in der Gruppe", Baseline = b.Revenue(b.LastYear, "CTL"),
                Target = Thousands(Math.Max(250_000m, b.Revenue(b.LastYear, "CTL") * 2.2m)), Unit = b.Currency, DueDate = b.Date(12, 31),
                Addresses = [swot.Platform.Id, swot.PriceAttack.Id],
            },
            new Objective
            {
                Title = "Retrofit- und Servicegeschäft ausbauen", Measure = ObjectiveMeasure.Revenue,
                MeasureDescription = "Umsatz mit Services inklusive Retrofit-Paketen und Fernwartung", Baseline = b.Revenue(b.LastYear, "SVC"),
                Target = Thousands(Math.Max(150_000m, b.Revenue(b.LastYear, "SVC") * 1.2m)), Unit = b.Currency, DueDate = b.Date(12, 31),
                Addresses = [swot.Retrofit.Id],
            },
            new Objective
            {
                Title = "Deckungsbeitrag im neuen Gruppenrahmenvertrag sichern", Measure = ObjectiveMeasure.ContributionMargin,
                MeasureDescription = "Deckungsbeitrag über alle Produktgruppen", Baseline = b.Margin(b.LastYear),
                Target = Thousands(b.Margin(b.LastYear) * 1.05m), Unit = b.Currency, DueDate = b.Date(12, 31),
                Addresses = [swot.Bundling.Id, swot.Champion.Id],
            },
        ],
    };
}
