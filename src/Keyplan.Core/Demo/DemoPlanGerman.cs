using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using static Keyplan.Core.Demo.DemoPlanBuilder;

namespace Keyplan.Core.Demo;

/// <summary>
/// The complete German example plan, for a special-purpose machine builder (written for Vossberg Maschinenbau, with
/// its subsidiaries in Gütersloh and Venlo): the analysis here, objectives to communication in the other part.
/// </summary>
internal static partial class DemoPlanGerman
{
    private const string Ceo = "Chief Executive Officer";
    private const string Cfo = "Chief Financial Officer";
    private const string Coo = "Chief Operating Officer";
    private const string Engineering = "Head of Engineering";
    private const string Purchasing = "Head of Purchasing";
    private const string Automation = "Automation Engineer";
    private const string Projects = "Project Manager";
    private const string Quality = "Quality Manager";

    public static Plan Build(DemoPlanBuilder b)
    {
        var swot = NewSwot();
        var objectives = Objectives(b, swot);
        return b.Plan("de", PlanTemplateKind.Full, b.Now.AddDays(-5),
        [
            Summary(b), Profile(b), History(b), Market(b), ValueChain(), BuyingCenter(b), Potential(b), swot.Section, objectives,
            Strategy(b, objectives), Actions(b, objectives, swot), Visits(b), ValueOffering(b), Budget(b), Kpis(b, objectives), Decisions(b),
            Communication(b),
        ]);
    }

    private static SummarySection Summary(DemoPlanBuilder b) => new()
    {
        Text = $"{b.Account.Name} baut Sondermaschinen und Montagelinien, zu rund 70 % für den Export, und steht selbst unter starkem Preisdruck seiner "
            + "Kunden aus der Automobilzulieferindustrie. Mit der modularen Maschinenplattform „FLEX“ will Vossberg Engineering-Stunden je Anlage um ein "
            + "Drittel senken und legt dafür in diesem Jahr die Steuerungs- und Antriebsarchitektur für alle drei Standorte fest.\n\n"
            + "Diese Plattformentscheidung ist unsere größte Chance: Gewinnen wir sie, werden wir Standardlieferant für Steuerungen und Antriebe der "
            + "gesamten Gruppe. Der Wettbewerber Nordtec greift mit einem Preisnachlass von 12 % an, und der Einkauf bündelt die Rahmenverträge der Gruppe. "
            + "Wir setzen deshalb nicht auf Preis, sondern auf Gesamtkosten: kürzere Inbetriebnahme durch unsere Software-Bibliothek, Ferndiagnose und ein "
            + "Konsignationslager in Bielefeld.\n\n"
            + "Drei Ziele: Umsatz mit Steuerungen mehr als verdoppeln (Plattformentscheidung bis Ende Juni), Serviceumsatz mit dem Retrofit-Rahmenvertrag "
            + "steigern und den Deckungsbeitrag trotz Rahmenvertragsverhandlung halten. Dafür beantragen wir ein Pilotbudget für die FLEX-Referenzzelle.",
    };

    private static ProfileSection Profile(DemoPlanBuilder b) => new()
    {
        BusinessModel = "Projektgeschäft: Vossberg entwickelt und baut kundenspezifische Montage- und Prüfanlagen (Einzelwert 0,5–4 Mio. EUR) für "
            + "Automobilzulieferer, Elektrotechnik und zunehmend für die Batteriezellfertigung. Rund 70 % der Anlagen gehen in den Export, vor allem "
            + "nach Osteuropa, Mexiko und China. Ergänzend wächst das Servicegeschäft (Ersatzteile, Umbauten, Retrofit) mit inzwischen 18 % des Umsatzes.",
        ProductsAndServices = "Montagelinien für Elektromotoren und Getriebe, Prüfstände, Handhabungs- und Fügetechnik, Batteriemodul-Montage; "
            + "Engineering, Inbetriebnahme weltweit, Retrofit bestehender Anlagen, Ersatzteil- und Fernwartungsservice. Die Tochter Vossberg "
            + "Antriebstechnik in Gütersloh fertigt Antriebsbaugruppen und Sondergetriebe, Vossberg Nederland in Venlo übernimmt Endmontage und "
            + "Service für den Benelux-Markt.",
        Mission = "Anlagen bauen, die beim Kunden vom ersten Tag an ihre Taktzeit erreichen.",
        Vision = "Bis 2030 der führende europäische Anbieter modularer Montagelinien für die Elektromobilität.",
        Strategy = "Standardisieren statt jedes Mal neu konstruieren: Die modulare Plattform „FLEX“ soll ab dem nächsten Jahr 60 % aller neuen Anlagen "
            + "abdecken. Dazu gehören eine einheitliche Steuerungs- und Antriebsarchitektur, eine gemeinsame Software-Bibliothek für alle drei "
            + "Standorte und ein ausgebautes Servicegeschäft mit Fernwartung. Einkauf und Engineering der Gruppe werden in Bielefeld zusammengeführt.",
        Challenges = new CustomerChallenges
        {
            Goals = Items("Engineering-Stunden je Anlage um ein Drittel senken", "Inbetriebnahmezeit beim Endkunden von 8 auf 5 Wochen verkürzen",
                "Serviceanteil am Umsatz auf 25 % steigern"),
            Pressures = Items("Preisdruck der Automobilzulieferer (Forderung 3–5 % pro Jahr)", "Asiatische Wettbewerber mit 20–30 % günstigeren Anlagen",
                "Fachkräftemangel in Konstruktion und Inbetriebnahme"),
            Initiatives = Items("Maschinenplattform FLEX mit einheitlicher Steuerungsarchitektur", "Zentralisierung des Einkaufs der Gruppe in Bielefeld",
                "Fernwartung für alle ab diesem Jahr ausgelieferten Anlagen"),
            Obstacles = Items("Jeder Standort nutzt bisher eigene Steuerungsstandards", "Engineering ist durch laufende Projekte voll ausgelastet"),
        },
        BuyingMotives = Items("Gesamtkosten über den Lebenszyklus der Anlage, nicht nur Stückpreis", "Weltweite Verfügbarkeit von Service und Ersatzteilen",
            "Kurze Lieferzeiten, weil Projekte mit festen Terminen laufen", "Wiederverwendbare Software-Bausteine"),
        Culture = "Familiengeprägtes Unternehmen in zweiter Generation, technikgetrieben und stolz auf Ingenieurleistung. Entscheidungen fallen im "
            + "Konsens zwischen Geschäftsführung, Technik und Finanzen, dauern dafür aber. Die Geschäftsführung treibt die Standardisierung "
            + "persönlich; die Konstrukteure sehen sie teils skeptisch. Lieferanten werden an Zuverlässigkeit in kritischen Projektphasen gemessen.",
        Locations =
        [
            new CustomerLocation { Name = "Zentrale und Montagewerk", City = "Bielefeld", Country = "DE", Kind = LocationKind.Headquarters },
            new CustomerLocation { Name = "Vossberg Antriebstechnik", City = "Gütersloh", Country = "DE", Kind = LocationKind.Production },
            new CustomerLocation { Name = "Vossberg Nederland", City = "Venlo", Country = "NL", Kind = LocationKind.Production },
            new CustomerLocation { Name = "Servicebüro", City = "Querétaro", Country = "MX", Kind = LocationKind.SalesOffice },
        ],
        PrimaryContactIds = Ids(b.Contact(Engineering, Coo), b.Contact(Purchasing, Cfo)),
    };

    private static HistorySection History(DemoPlanBuilder b) => new()
    {
        PurchaseVolumes = b.PurchaseVolumes(0.22m, 0.23m, 0.24m),
        CustomerSinceYear = b.Year - 14,
        Closeness = 4,
        Stage = RelationshipStage.Partnership,
        SatisfactionScore = 8.1m,
        SatisfactionSource = $"Lieferantenbewertung Vossberg {b.LastYear} (Skala 1–10)",
        KeyEvents =
        [
            new DatedItem { Date = new DateOnly(b.Year - 3, 5, 1), Text = "Erster Rahmenvertrag über Antriebe und Service für die Gruppe" },
            new DatedItem { Date = new DateOnly(b.Year - 2, 11, 15), Text = "Lieferverzug bei Servoantrieben (14 Wochen); zwei Projekte verspätet, Eskalation an die Geschäftsführung" },
            new DatedItem { Date = new DateOnly(b.LastYear, 3, 1), Text = "Neuer Einkaufsleiter, Einkauf der Gruppe wird in Bielefeld zentralisiert" },
            new DatedItem { Date = new DateOnly(b.LastYear, 9, 20), Text = "Start des Plattformprojekts FLEX; Ausschreibung der Steuerungsarchitektur angekündigt" },
        ],
    };

    private static MarketSection Market(DemoPlanBuilder b) => new()
    {
        MarketPosition = MarketPosition.Challenger,
        PricePositioning = PricePositioning.QualityPlayer,
        HowItServesCustomers = "Direktvertrieb über Key Accounts bei rund 40 Automobilzulieferern und Elektrotechnikherstellern; Projektleiter "
            + "begleiten jede Anlage von der Spezifikation bis zur Abnahme. Service über eigene Techniker in Europa und Mexiko, in China über einen Partner.",
        CustomerCompetitors =
        [
            new MarketCompetitor { Name = "Hellwig Automation", MarketSharePercent = 18m, Comment = "Marktführer, breites Portfolio, stark in China" },
            new MarketCompetitor { Name = "Meinhardt Anlagenbau", MarketSharePercent = 8m, Comment = "Gleich groß, stark in Prüfständen, direkter Konkurrent bei Batterieprojekten" },
            new MarketCompetitor { Name = "Trenkamp Systems", MarketSharePercent = 9m, Comment = "Preisaggressiv, wenig Service" },
            new MarketCompetitor { Name = "Asiatische Anbieter", MarketSharePercent = 15m, Comment = "20–30 % günstiger, gewinnen Anteile bei Standardanlagen" },
        ],
        OurCompetitors =
        [
            new AccountCompetitor { Name = "Nordtec Automation", ShareOfWalletPercent = 41m, Strengths = "Steuerungsstandard bei den meisten Bestandsanlagen, große Entwickler-Community",
                Weaknesses = "Antriebe nur zugekauft, Service außerhalb Europas schwach, Lizenzmodell teuer" },
            new AccountCompetitor { Name = "Kallmann Antriebe", ShareOfWalletPercent = 21m, Strengths = "Günstige Standardantriebe, kurze Lieferzeit ab Lager",
                Weaknesses = "Keine eigene Steuerung, kaum Engineering-Unterstützung" },
            new AccountCompetitor { Name = "Sensoria", ShareOfWalletPercent = 12m, Strengths = "Sensorik und Bildverarbeitung", Weaknesses = "Nur Komponenten, kein Systemansatz" },
        ],
        OurPosition = "Wir liefern Antriebe, Steuerungen, Software und Service, in Gütersloh auch Sensorik. Stark sind wir bei Antrieben und im Service: "
            + "Unsere Inbetriebnahme-Unterstützung ist bei den Projektleitern anerkannt. Bei Steuerungen ist Nordtec der historische Standard; wir "
            + $"sind dort zweite Wahl. Unser Lieferanteil liegt bei etwa 24 % ({b.Currency} {b.Revenue(b.LastYear):N0} Umsatz im Vorjahr).",
        RecentSuccesses =
        [
            new DatedItem { Date = new DateOnly(b.LastYear, 6, 12), Text = "Auftrag über 42 Servoachsen für die Batteriemodul-Linie eines polnischen Zellherstellers" },
            new DatedItem { Date = new DateOnly(b.LastYear, 10, 2), Text = "Fernwartungs-Pilot an drei Anlagen in Mexiko erfolgreich abgeschlossen" },
        ],
        FitRating = 4,
        FitComment = "Passt sehr gut zu unserem Systemangebot aus Steuerung, Antrieb und Software; der Preisfokus des Einkaufs ist die Herausforderung.",
    };

    private static ValueChainSection ValueChain() => new()
    {
        Stages =
        [
            new ValueChainStage { Name = "Vertrieb und Spezifikation", Requirements = "Schnelle, belastbare Angebote mit Taktzeitnachweis",
                PainPoints = "Angebotserstellung dauert 3–4 Wochen", OurValueAdd = "Auslegungstool und Simulationsdaten unserer Antriebe für die Angebotsphase" },
            new ValueChainStage { Name = "Konstruktion und Engineering", Requirements = "Wiederverwendbare Module und Software-Bausteine",
                PainPoints = "Jede Anlage wird fast neu programmiert", OurValueAdd = "Software-Bibliothek mit fertigen Bausteinen für Handhabung und Fügen" },
            new ValueChainStage { Name = "Einkauf und Logistik", Requirements = "Planbare Lieferzeiten, Bündelung der Gruppe",
                PainPoints = "Lieferengpässe bei Antrieben gefährden Projekttermine", OurValueAdd = "Konsignationslager in Bielefeld, Lieferzusage 5 Arbeitstage" },
            new ValueChainStage { Name = "Montage und Inbetriebnahme", Requirements = "Abnahme beim Endkunden im ersten Anlauf",
                PainPoints = "Inbetriebnahme dauert 8 Wochen, Techniker fehlen", OurValueAdd = "Inbetriebnahme-Support vor Ort und virtuelle Inbetriebnahme" },
            new ValueChainStage { Name = "Service und Retrofit", Requirements = "Weltweite Ersatzteilversorgung, Fernzugriff",
                PainPoints = "Servicetechniker reisen für einfache Störungen um die Welt", OurValueAdd = "Ferndiagnose und Retrofit-Pakete für Bestandsanlagen" },
        ],
    };
}
