using System.Globalization;

namespace Keyplan.Core.Demo;

/// <summary>One or two sentences about a demo account, as a KAM would note them in the CRM.</summary>
internal static class DemoDescriptions
{
    private static readonly Dictionary<string, string> ByIndustry = new()
    {
        ["Automotive"] = "Supplies chassis and powertrain components to European car makers from its plants around {0}.",
        ["Machinery"] = "Builds special-purpose machines and production lines in {0}, most of them for export.",
        ["Plastics"] = "Injection-moulds technical plastic parts for the automotive and electrical industries in {0}.",
        ["Packaging"] = "Makes packaging and packaging lines for the food and consumer goods industries in {0}.",
        ["Agriculture"] = "Develops agricultural machinery and farm automation in {0}.",
        ["Medical Technology"] = "Develops and manufactures medical devices and consumables in {0}.",
        ["Aerospace"] = "Manufactures aerostructures and precision parts for civil aircraft programmes in {0}.",
        ["Chemicals"] = "Produces specialty and base chemicals at its site in {0}.",
        ["Pharma"] = "Manufactures generic drugs and active ingredients under GMP in {0}.",
        ["Food & Beverage"] = "Food and beverage producer in {0} supplying retail chains and the catering trade.",
        ["Paper"] = "Paper mill in {0} producing graphic and packaging papers.",
        ["Metals"] = "Casts and rolls steel and non-ferrous metals in {0}.",
        ["Energy"] = "Energy company based in {0} with conventional plants and a growing renewables portfolio.",
        ["Logistics"] = "Contract logistics and warehousing provider with its main hub in {0}.",
        ["Utilities"] = "Water and wastewater utility serving the region around {0}.",
        ["Real Estate"] = "Owns and manages office and commercial buildings in and around {0}.",
        ["Healthcare"] = "Runs four hospitals and two care homes around {0}.",
        ["Data Centres"] = "Operates colocation data centres in {0} and is adding capacity every year.",
        ["Building Materials"] = "Produces building materials and prefabricated elements in {0}.",
    };

    private static readonly string[] Situations =
    [
        "Currently modernising its sites and consolidating its supplier base.",
        "Invests in automation to offset rising labour costs.",
        "Runs an energy-efficiency programme with firm CO2 targets for 2030.",
        "Expanding into Central Europe with a new site.",
        "New owners since last year; purchasing is being centralised.",
        "Long-standing customer with a strong service and spare-parts business.",
        "Digitalising its operations and looking for partners for condition monitoring.",
        "Under price pressure from its own customers; cost is the main buying motive.",
    ];

    public static string Describe(DemoCompany company, Random random)
    {
        var what = string.Format(CultureInfo.InvariantCulture, ByIndustry[company.Industry], company.City);
        if (company.Parent is not null)
        {
            // "Subsidiary of Van der Linde Logistiek B.V." ends its sentence with the name's own full stop.
            var stop = company.Parent.EndsWith('.') ? "" : ".";
            return $"Subsidiary of {company.Parent}{stop} {what}";
        }

        // A third of the notes stop after one sentence, as real CRM notes do.
        return random.Next(3) == 0 ? what : $"{what} {Situations[random.Next(Situations.Length)]}";
    }
}
