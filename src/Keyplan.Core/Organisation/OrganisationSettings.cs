namespace Keyplan.Core.Organisation;

/// <summary>Company-wide settings; there is exactly one row.</summary>
public class OrganisationSettings
{
    public const int SingletonId = 1;
    public const int CompanyNameMaxLength = 200;
    public const string DefaultCurrency = "EUR";

    public int Id { get; set; } = SingletonId;
    public required string CompanyName { get; set; }

    /// <summary>1 = January. A fiscal year is named after the calendar year it starts in.</summary>
    public int FiscalYearStartMonth { get; set; } = 1;

    /// <summary>ISO 4217 code used where an account sets no currency of its own.</summary>
    public string Currency { get; set; } = DefaultCurrency;
}
