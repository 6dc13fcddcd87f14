using Keyplan.Core.Organisation;

namespace Keyplan.Core.Accounts;

/// <summary>Our revenue and contribution margin with an account in one fiscal year and product group.</summary>
public class RevenueRecord : IAccountChild
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public int Year { get; set; }
    public int ProductGroupId { get; set; }
    public ProductGroup? ProductGroup { get; set; }
    public decimal Revenue { get; set; }
    public decimal ContributionMargin { get; set; }
    public int Version { get; set; }
}
