namespace Keyplan.Core.Organisation;

/// <summary>A group of our products; revenue history and potential are kept per product group.</summary>
public class ProductGroup
{
    public const int NameMaxLength = 100;
    public const int CodeMaxLength = 20;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Code { get; set; }
}
