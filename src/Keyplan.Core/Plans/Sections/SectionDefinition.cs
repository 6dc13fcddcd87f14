namespace Keyplan.Core.Plans.Sections;

/// <param name="Key">The API and URL name, one of <see cref="SectionKeys"/>.</param>
/// <param name="Number">The section's number in SPEC §2 (1–17), which is also its order in documents.</param>
/// <param name="Step">The editor step the section belongs to; null for the summary, written last from the rest.</param>
/// <param name="ContentType">The <see cref="SectionContent"/> record that holds the section.</param>
/// <param name="InLightTemplate">Whether the light template ("overview sheet") has the section.</param>
public sealed record SectionDefinition(string Key, int Number, PlanStep? Step, Type ContentType, bool InLightTemplate)
{
    public SectionContent CreateEmpty() => (SectionContent)Activator.CreateInstance(ContentType)!;
}
