using System.Globalization;

namespace Keyplan.Core.Demo;

internal sealed class DemoUnitedKingdom : DemoCountry
{
    // Ofcom keeps these ranges free for drama, so no demo number can ring a real line. 01632 960 stands in
    // for the towns that have no range of their own.
    private const string FictionalArea = "1632 960";

    private static readonly Dictionary<string, string> NumberRanges = new()
    {
        ["Birmingham"] = "121 496 0", ["Sheffield"] = "114 496 0", ["Bristol"] = "117 496 0", ["Glasgow"] = "141 496 0",
        ["Leicester"] = "116 496 0", ["Cardiff"] = "29 2018 0", ["Manchester"] = "161 496 0", ["Leeds"] = "113 496 0",
        ["Nottingham"] = "115 496 0", ["Liverpool"] = "151 496 0", ["London"] = "20 7946 0",
        ["Newcastle upon Tyne"] = "191 498 0", ["Edinburgh"] = "131 496 0",
    };

    public override string Code => "GB";

    public override IReadOnlyList<DemoCompany> Companies { get; } =
    [
        new("Pennine Automotive Components Ltd", "pennine-automotive", "Birmingham", "Automotive", "IA"),
        new("Pennine Automotive Castings Ltd", "pennine-castings", "Telford", "Automotive", "IA", "Pennine Automotive Components Ltd"),
        new("Ashworth & Moore Engineering Ltd", "ashworth-moore", "Sheffield", "Machinery", "IA"),
        new("Kestrel Aerostructures Ltd", "kestrel-aero", "Bristol", "Aerospace", "IA"),
        new("Clydebank Marine Engineering Ltd", "clydebank-marine", "Glasgow", "Machinery", "IA"),
        new("Whitcombe Packaging Ltd", "whitcombe-packaging", "Leicester", "Packaging", "IA"),
        new("Fairbourne Medical Devices Ltd", "fairbourne-medical", "Cardiff", "Medical Technology", "IA"),
        new("Harrington Process Ltd", "harrington-process", "Manchester", "Chemicals", "PS"),
        new("Harrington Process (Teesside) Ltd", "harrington-teesside", "Middlesbrough", "Chemicals", "PS", "Harrington Process Ltd"),
        new("Calder Valley Foods plc", "caldervalley-foods", "Leeds", "Food & Beverage", "PS"),
        new("Severn Pharmaceuticals Ltd", "severn-pharma", "Bristol", "Pharma", "PS"),
        new("Bramley Brewing Company Ltd", "bramley-brewing", "Nottingham", "Food & Beverage", "PS"),
        new("Mersey Chemical Works Ltd", "mersey-chemical", "Liverpool", "Chemicals", "PS"),
        new("Hollins Paper Mills Ltd", "hollins-paper", "Manchester", "Paper", "PS"),
        new("Canary Quay Properties plc", "canaryquay-properties", "London", "Real Estate", "BT"),
        new("Northgate Logistics Ltd", "northgate-logistics", "Nottingham", "Logistics", "BT"),
        new("Tyneside Power Systems Ltd", "tyneside-power", "Newcastle upon Tyne", "Energy", "BT"),
        new("Granton Water Services Ltd", "granton-water", "Edinburgh", "Utilities", "BT"),
        new("Oakridge Building Products Ltd", "oakridge-building", "Sheffield", "Building Materials", "BT"),
        new("Aberdour Offshore Services Ltd", "aberdour-offshore", "Aberdeen", "Energy", "BT"),
    ];

    public override IReadOnlyList<string> FirstNames { get; } =
    [
        "James", "Oliver", "William", "David", "Richard", "Andrew", "Mark", "Paul", "Simon", "Stephen", "Gareth",
        "Alistair", "Rhys", "Emma", "Sarah", "Rachel", "Claire", "Helen", "Laura", "Sophie", "Charlotte", "Hannah",
        "Victoria", "Fiona", "Priya", "Imran",
    ];

    public override IReadOnlyList<string> LastNames { get; } =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes",
        "Edwards", "Turner", "Harris", "Patel", "Khan", "Campbell", "Stewart", "Morgan", "Fletcher",
    ];

    public override string EmailLocalPart(string firstName, string lastName) => Ascii(firstName + "." + lastName);

    public override string Phone(string city, int switchboard, Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"+44 {NumberRanges.GetValueOrDefault(city, FictionalArea)}{random.Next(1000):000}");
}
