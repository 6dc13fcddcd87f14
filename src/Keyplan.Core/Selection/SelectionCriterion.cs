namespace Keyplan.Core.Selection;

/// <summary>The two axes of the selection matrix (SPEC §3).</summary>
public enum CriterionGroup
{
    /// <summary>How attractive the customer is to us: the matrix's vertical axis.</summary>
    Attractiveness,

    /// <summary>Our relative strength with the customer: the matrix's horizontal axis.</summary>
    Strength,
}

/// <summary>An administrator-defined criterion that leadership rates accounts on, 1 to 10.</summary>
public class SelectionCriterion : IVersioned
{
    public const int NameMaxLength = 100;
    public const int LevelDescriptionMaxLength = 300;
    public const int MinRating = 1;
    public const int MaxRating = 10;

    public int Id { get; set; }
    public CriterionGroup Group { get; set; }
    public required string Name { get; set; }

    /// <summary>Relative weight within its group; greater than zero.</summary>
    public decimal Weight { get; set; }

    /// <summary>Ten entries, one per level 1..10; an empty entry means the level has no description.</summary>
    public List<string> LevelDescriptions { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>One rating of one account on one criterion. Ratings are never changed: a new rating adds a row and the latest counts.</summary>
public class AccountRating
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Accounts.Account? Account { get; set; }
    public int CriterionId { get; set; }
    public SelectionCriterion? Criterion { get; set; }
    public int Value { get; set; }
    public string? RatedById { get; set; }
    public Identity.User? RatedBy { get; set; }
    public DateTimeOffset RatedAt { get; set; }
}
