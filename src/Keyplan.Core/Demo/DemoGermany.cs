using System.Globalization;

namespace Keyplan.Core.Demo;

internal sealed class DemoGermany : DemoCountry
{
    private static readonly Dictionary<string, string> AreaCodes = new()
    {
        ["Bielefeld"] = "521", ["Gütersloh"] = "5241", ["Wolfsburg"] = "5361", ["Regensburg"] = "941",
        ["Nürnberg"] = "911", ["Hannover"] = "511", ["Leipzig"] = "341", ["Ludwigshafen"] = "621",
        ["Frankfurt am Main"] = "69", ["München"] = "89", ["Dresden"] = "351", ["Mannheim"] = "621",
        ["Augsburg"] = "821", ["Ulm"] = "731", ["Hamburg"] = "40", ["Koblenz"] = "261", ["Bremen"] = "421",
        ["Düsseldorf"] = "211", ["Wuppertal"] = "202",
    };

    public override string Code => "DE";

    public override IReadOnlyList<DemoCompany> Companies { get; } =
    [
        new("Vossberg Maschinenbau GmbH", "vossberg-maschinenbau", "Bielefeld", "Machinery", "IA"),
        new("Vossberg Antriebstechnik GmbH", "vossberg-antriebstechnik", "Gütersloh", "Machinery", "IA", "Vossberg Maschinenbau GmbH"),
        new("Halvering Automobiltechnik AG", "halvering", "Wolfsburg", "Automotive", "IA"),
        new("Tessmann Automotive Systems GmbH", "tessmann-automotive", "Regensburg", "Automotive", "IA"),
        new("Lindqvist Kunststofftechnik GmbH", "lindqvist-kunststoff", "Nürnberg", "Plastics", "IA"),
        new("Kranich Fördertechnik GmbH", "kranich-foerdertechnik", "Hannover", "Machinery", "IA"),
        new("Auerbach Verpackungsmaschinen GmbH", "auerbach-verpackung", "Leipzig", "Packaging", "IA"),
        new("Rheinfeld Chemie GmbH", "rheinfeld-chemie", "Ludwigshafen", "Chemicals", "PS"),
        new("Marbach Feinchemie GmbH", "marbach-feinchemie", "Frankfurt am Main", "Chemicals", "PS"),
        new("Brauerei Gerstenhof GmbH & Co. KG", "gerstenhof", "München", "Food & Beverage", "PS"),
        new("Elbtal Lebensmittelwerke GmbH", "elbtal-lebensmittel", "Dresden", "Food & Beverage", "PS"),
        new("Kessler & Lautenbach Pharma GmbH", "kessler-lautenbach", "Mannheim", "Pharma", "PS"),
        new("Falkenried Papierfabrik AG", "falkenried-papier", "Augsburg", "Paper", "PS"),
        new("Hohenstein Pharmawerk GmbH", "hohenstein-pharma", "Ulm", "Pharma", "PS"),
        new("Nordhafen Logistik GmbH", "nordhafen-logistik", "Hamburg", "Logistics", "BT"),
        new("Westerwald Energie AG", "westerwald-energie", "Koblenz", "Energy", "BT"),
        new("Weserland Wasserversorgung GmbH", "weserland-wasser", "Bremen", "Utilities", "BT"),
        new("Kaltenbach Immobilien AG", "kaltenbach-immobilien", "Düsseldorf", "Real Estate", "BT"),
        new("Klinikverbund Bergisches Land gGmbH", "klinikverbund-bergisch", "Wuppertal", "Healthcare", "BT"),
        new("Ostwerk Rechenzentren GmbH", "ostwerk-rz", "Frankfurt am Main", "Data Centres", "BT"),
    ];

    public override IReadOnlyList<string> FirstNames { get; } =
    [
        "Andreas", "Stefan", "Michael", "Thomas", "Christian", "Markus", "Frank", "Jörg", "Tobias", "Matthias",
        "Daniel", "Florian", "Jan", "Katrin", "Sabine", "Claudia", "Julia", "Anja", "Petra", "Nicole",
        "Susanne", "Birgit", "Lena", "Kerstin", "Mehmet", "Agnieszka",
    ];

    public override IReadOnlyList<string> LastNames { get; } =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
        "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Maier", "Vogt", "Brandt", "Yilmaz", "Nowak",
    ];

    public override string EmailLocalPart(string firstName, string lastName) =>
        Ascii(Umlauts(firstName) + "." + Umlauts(lastName));

    /// <summary>German companies dial extensions from one number block: +49 521 98340-217.</summary>
    public override string Phone(string city, int switchboard, Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"+49 {AreaCodes[city]} {switchboard}-{random.Next(100, 1000)}");

    // Germans write Müller as mueller in addresses; dropping the accent (muller) would look wrong.
    private static string Umlauts(string name) => name
        .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
        .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
}
