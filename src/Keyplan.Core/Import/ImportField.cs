namespace Keyplan.Core.Import;

/// <summary>
/// A value Keyplan reads from an import file, with the header names the exports give it: Salesforce API names and
/// report labels, HubSpot and Dynamics labels, German and Dutch ERP headers, and Keyplan's own template header
/// (the first alias, which the downloadable templates use).
/// </summary>
public sealed record ImportField(string Key, ImportKind Kind, bool Required, IReadOnlyList<string> Aliases)
{
    public string TemplateHeader => Aliases[0];
}

public static class ImportFields
{
    public static readonly IReadOnlyList<ImportField> Accounts =
    [
        new("recordId", ImportKind.Accounts, false, ["Record ID", "Id", "Account ID", "(Do Not Modify) Account"]),
        new("name", ImportKind.Accounts, true, ["Account name", "Name", "Company name", "Firmenname", "Bedrijfsnaam"]),
        new("accountNumber", ImportKind.Accounts, false, ["Account number", "AccountNumber", "Customer number", "Kundennummer", "Klantnummer"]),
        new("parentRecordId", ImportKind.Accounts, false, ["Parent record ID", "ParentId", "Parent Account ID", "Parent Company ID"]),
        new("industry", ImportKind.Accounts, false, ["Industry", "Branche", "Industrie"]),
        new("country", ImportKind.Accounts, false, ["Country", "BillingCountry", "Billing Country", "Country/Region", "Address 1: Country/Region", "Land"]),
        new("city", ImportKind.Accounts, false, ["City", "BillingCity", "Billing City", "Address 1: City", "Ort", "Stadt", "Plaats"]),
        new("website", ImportKind.Accounts, false, ["Website", "Website URL", "Company Domain Name"]),
        new("employees", ImportKind.Accounts, false, ["Employees", "NumberOfEmployees", "Number of Employees", "Mitarbeiter", "Medewerkers"]),
        new("annualRevenue", ImportKind.Accounts, false, ["Annual revenue", "AnnualRevenue", "Jahresumsatz", "Jaaromzet"]),
        new("currency", ImportKind.Accounts, false, ["Currency", "CurrencyIsoCode", "Account Currency", "Währung", "Valuta"]),
        new("isKeyAccount", ImportKind.Accounts, false, ["Key account", "Key_Account__c", "Target Account"]),
        new("businessArea", ImportKind.Accounts, false, ["Business area", "Geschäftsbereich", "Bedrijfsonderdeel"]),
        new("description", ImportKind.Accounts, false, ["Description", "Beschreibung", "Omschrijving"]),
    ];

    public static readonly IReadOnlyList<ImportField> Contacts =
    [
        new("recordId", ImportKind.Contacts, false, ["Record ID", "Id", "Contact ID", "(Do Not Modify) Contact"]),
        new("accountRecordId", ImportKind.Contacts, true, ["Account record ID", "AccountId", "Account ID", "Associated Company ID", "Company ID"]),
        new("firstName", ImportKind.Contacts, true, ["First name", "FirstName", "Vorname", "Voornaam"]),
        new("lastName", ImportKind.Contacts, true, ["Last name", "LastName", "Nachname", "Achternaam"]),
        new("title", ImportKind.Contacts, false, ["Title", "Job Title", "Position", "Funktion", "Functie"]),
        new("department", ImportKind.Contacts, false, ["Department", "Abteilung", "Afdeling"]),
        new("email", ImportKind.Contacts, false, ["Email", "E-mail", "Email Address", "E-Mail-Adresse", "E-mailadres"]),
        new("phone", ImportKind.Contacts, false, ["Phone", "Phone Number", "Business Phone", "Telefon", "Telefoon"]),
        new("reportsToRecordId", ImportKind.Contacts, false, ["Reports to record ID", "ReportsToId", "Reports To ID"]),
    ];

    public static readonly IReadOnlyList<ImportField> Revenue =
    [
        new("accountNumber", ImportKind.Revenue, true, ["Account number", "AccountNumber", "Customer number", "Kundennummer", "Klantnummer", "Debitorennummer", "Debiteurnummer"]),
        new("year", ImportKind.Revenue, true, ["Fiscal year", "Year", "Geschäftsjahr", "Jahr", "Boekjaar", "Jaar"]),
        new("quarter", ImportKind.Revenue, false, ["Quarter", "Quartal", "Kwartaal"]),
        new("productGroup", ImportKind.Revenue, true, ["Product group", "Warengruppe", "Produktgruppe", "Productgroep", "Artikelgroep"]),
        new("revenue", ImportKind.Revenue, true, ["Revenue", "Umsatz", "Omzet", "Net revenue", "Nettoumsatz", "Netto-omzet"]),
        new("contributionMargin", ImportKind.Revenue, false, ["Contribution margin", "Deckungsbeitrag", "Dekkingsbijdrage", "Brutomarge", "DB"]),
        new("businessArea", ImportKind.Revenue, false, ["Business area", "Geschäftsbereich", "Bedrijfsonderdeel"]),
    ];

    public static IReadOnlyList<ImportField> For(ImportKind kind) => kind switch
    {
        ImportKind.Accounts => Accounts,
        ImportKind.Contacts => Contacts,
        _ => Revenue,
    };
}
