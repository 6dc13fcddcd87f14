namespace Keyplan.Core.Organisation;

/// <summary>A sales organisation unit led by a Business Area Manager; accounts belong to one.</summary>
public class BusinessArea
{
    public const int NameMaxLength = 100;
    public const int CodeMaxLength = 20;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Code { get; set; }
}
