using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Accounts;

public sealed class RevenueInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [Range(RevenueRecord.MinYear, RevenueRecord.MaxYear, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int? Year { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public int? ProductGroupId { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [Range(typeof(decimal), "-1000000000000", "1000000000000", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? Revenue { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [Range(typeof(decimal), "-1000000000000", "1000000000000", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? ContributionMargin { get; set; }

    public static RevenueInput From(RevenueDetails row) => new()
    {
        Year = row.Year,
        ProductGroupId = row.ProductGroupId,
        Revenue = row.Revenue,
        ContributionMargin = row.ContributionMargin,
    };
}

public sealed record RevenueDetails(
    int Id, int AccountId, int Year, int ProductGroupId, string ProductGroupName, decimal Revenue, decimal ContributionMargin, int Version);
