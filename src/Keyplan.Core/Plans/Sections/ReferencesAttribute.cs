namespace Keyplan.Core.Plans.Sections;

public enum ReferenceKind
{
    /// <summary>A contact of the plan's account.</summary>
    Contact,

    /// <summary>One of our users.</summary>
    User,
    ProductGroup,

    /// <summary>The plan's account or one of its subsidiaries (a division or site).</summary>
    Account,

    /// <summary>An objective of the plan's objectives section.</summary>
    Objective,

    /// <summary>A top opportunity or top risk of the plan's SWOT section.</summary>
    TopItem,
}

/// <summary>
/// Marks a property (a single id or a list of ids) as a link to something outside the section. The save checks
/// every link, so a plan never points at a contact of another account or an objective that does not exist.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ReferencesAttribute(ReferenceKind kind) : Attribute
{
    public ReferenceKind Kind { get; } = kind;
}
