using System.Globalization;

namespace Keyplan.Core.Demo;

internal sealed class DemoNetherlands : DemoCountry
{
    private static readonly Dictionary<string, string> AreaCodes = new()
    {
        ["Enschede"] = "53", ["Venlo"] = "77", ["Eindhoven"] = "40", ["Breda"] = "76", ["'s-Hertogenbosch"] = "73",
        ["Roermond"] = "475", ["Arnhem"] = "26", ["Groningen"] = "50", ["Leiden"] = "71", ["Leeuwarden"] = "58",
        ["Utrecht"] = "30", ["Schiedam"] = "10", ["Rotterdam"] = "10", ["Deventer"] = "570", ["Tilburg"] = "13",
        ["Nijmegen"] = "24", ["Den Haag"] = "70", ["Amsterdam"] = "20", ["Haarlem"] = "23",
    };

    public override string Code => "NL";

    public override IReadOnlyList<DemoCompany> Companies { get; } =
    [
        new("Brinkhorst Machinefabriek B.V.", "brinkhorst", "Enschede", "Machinery", "IA"),
        new("Vossberg Nederland B.V.", "vossberg-nederland", "Venlo", "Machinery", "IA", "Vossberg Maschinenbau GmbH"),
        new("Veldhoven Precisietechniek B.V.", "veldhoven-precisie", "Eindhoven", "Machinery", "IA"),
        new("Oosterhout Kunststoffen B.V.", "oosterhout-kunststoffen", "Breda", "Plastics", "IA"),
        new("Dekker Agrotechniek B.V.", "dekker-agro", "'s-Hertogenbosch", "Agriculture", "IA"),
        new("Maasbracht Verpakkingen B.V.", "maasbracht-verpakkingen", "Roermond", "Packaging", "IA"),
        new("Stolwijk Medical B.V.", "stolwijk-medical", "Arnhem", "Medical Technology", "IA"),
        new("Dollard Chemie N.V.", "dollard-chemie", "Groningen", "Chemicals", "PS"),
        new("Heemskerk Pharma B.V.", "heemskerk-pharma", "Leiden", "Pharma", "PS"),
        new("Zuidmolen Zuivel B.V.", "zuidmolen-zuivel", "Leeuwarden", "Food & Beverage", "PS"),
        new("Bakkerij Korenaar B.V.", "korenaar", "Utrecht", "Food & Beverage", "PS"),
        new("Jonker & Zn. Distilleerderij B.V.", "jonker-distilleerderij", "Schiedam", "Food & Beverage", "PS"),
        new("Rijnmond Raffinage B.V.", "rijnmond-raffinage", "Rotterdam", "Energy", "PS"),
        new("IJsselstaal B.V.", "ijsselstaal", "Deventer", "Metals", "PS"),
        new("Van der Linde Logistiek B.V.", "vanderlinde-logistiek", "Rotterdam", "Logistics", "BT"),
        new("Van der Linde Koelopslag B.V.", "vanderlinde-koelopslag", "Tilburg", "Logistics", "BT", "Van der Linde Logistiek B.V."),
        new("Van Dijk & Teunissen Transport B.V.", "vdt-transport", "Nijmegen", "Logistics", "BT"),
        new("Kustwind Energie B.V.", "kustwind", "Den Haag", "Energy", "BT"),
        new("Amstelhof Vastgoed N.V.", "amstelhof-vastgoed", "Amsterdam", "Real Estate", "BT"),
        new("Hollandse Glasfabriek B.V.", "hollandse-glas", "Haarlem", "Building Materials", "BT"),
    ];

    public override IReadOnlyList<string> FirstNames { get; } =
    [
        "Jan", "Pieter", "Willem", "Hendrik", "Johan", "Maarten", "Bas", "Ruud", "Sander", "Joost", "Dirk", "Koen",
        "Niels", "Roel", "Anouk", "Sanne", "Marieke", "Femke", "Inge", "Esther", "Linda", "Mirjam", "Eva", "Lotte",
        "Youssef", "Fatima",
    ];

    public override IReadOnlyList<string> LastNames { get; } =
    [
        "de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
        "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
        "van Dijk", "Kok", "Jacobs", "de Jong", "Verhoeven", "Postma", "Kuipers", "van der Meer", "El Amrani",
    ];

    /// <summary>Dutch companies favour initial and surname with its prefix run in: j.vandenberg.</summary>
    public override string EmailLocalPart(string firstName, string lastName) => Ascii(firstName[..1] + "." + lastName);

    /// <summary>Nine digits after +31: the area code and the subscriber number; some people give their mobile.</summary>
    public override string Phone(string city, int switchboard, Random random)
    {
        if (random.Next(4) == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"+31 6 {random.Next(1000, 10000)} {random.Next(1000, 10000)}");
        }

        var area = AreaCodes[city];
        return area.Length == 2
            ? string.Create(CultureInfo.InvariantCulture, $"+31 {area} {random.Next(100, 1000)} {random.Next(1000, 10000)}")
            : string.Create(CultureInfo.InvariantCulture, $"+31 {area} {random.Next(100, 1000)} {random.Next(100, 1000)}");
    }
}
