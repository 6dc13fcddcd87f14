namespace Keyplan.Core.Documents;

/// <summary>
/// What the customer-facing summary may show (SPEC §3): joint objectives, the value offering and commitments, and the
/// planned activities. It is a list of what is allowed, not of what is forbidden, so a field added to a section later
/// stays internal until someone decides it is shareable. Risks, attitudes and influence ratings, costs and margins and
/// internal comments are in none of these.
/// </summary>
public static class CustomerView
{
    private static readonly Dictionary<string, HashSet<string>> ShareableProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        [Plans.Sections.SectionKeys.Objectives] = ["Objectives", "Title", "Measure", "MeasureDescription", "Target", "Unit", "DueDate"],
        [Plans.Sections.SectionKeys.ValueOffering] = ["Services", "Service", "Description", "Status", "Commitments", "By", "Text", "DueDate"],
        [Plans.Sections.SectionKeys.Actions] = ["Actions", "Title", "DueDate", "Status"],
        [Plans.Sections.SectionKeys.Visits] = ["Visits", "Date", "Kind", "ContactIds", "Goal", "Status"],
    };

    /// <summary>
    /// Drops whole items that are internal by what they are rather than by field: an objective measured in
    /// contribution margin is our margin target.
    /// </summary>
    public static Plans.Sections.SectionContent Shareable(Plans.Sections.SectionContent content) => content switch
    {
        Plans.Sections.ObjectivesSection objectives => objectives with
        {
            Objectives = objectives.Objectives.Where(o => o.Measure != Plans.Sections.ObjectiveMeasure.ContributionMargin).ToList(),
        },
        _ => content,
    };

    public static bool ShowsSection(string sectionKey) => ShareableProperties.ContainsKey(sectionKey);

    /// <summary>Whether a content property (at any depth of the section) may be shown to the customer.</summary>
    public static bool Shows(string sectionKey, string propertyName) =>
        ShareableProperties.TryGetValue(sectionKey, out var properties) && properties.Contains(propertyName);
}
