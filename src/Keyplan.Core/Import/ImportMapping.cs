namespace Keyplan.Core.Import;

/// <summary>A column mapping saved by name, so the next export from the same system is read the same way.</summary>
public class ImportMapping
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    public required string Name { get; set; }
    public ImportKind Kind { get; set; }

    /// <summary>Field key → header, as JSON.</summary>
    public required string MappingJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
