using System.Text.Json.Nodes;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;

namespace Keyplan.Core.Workflow;

/// <summary>
/// The whole plan as one JSON document: a "header" (account, period, owner, language, interval, team) and every
/// section's content under its key. Approval stores it in <see cref="PlanVersion.Snapshot"/>; the current draft is
/// built the same way, so any two of them compare with <see cref="VersionDiff"/>.
/// </summary>
public static class VersionSnapshot
{
    public const string HeaderKey = "header";

    /// <param name="plan">With its account, owner, team (with users) and sections loaded.</param>
    public static string Take(Plan plan)
    {
        var team = new JsonArray();
        foreach (var member in plan.Team.OrderBy(t => t.User?.DisplayName, StringComparer.Ordinal))
        {
            team.Add(new JsonObject
            {
                ["id"] = member.UserId,
                ["name"] = member.User?.DisplayName,
                ["role"] = member.Role.ToString(),
            });
        }

        var header = new JsonObject
        {
            ["accountName"] = plan.Account?.Name,
            ["periodStart"] = plan.PeriodStart.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["periodEnd"] = plan.PeriodEnd.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["fiscalYear"] = plan.FiscalYear,
            ["owner"] = plan.Owner?.DisplayName,
            ["language"] = plan.Language,
            ["reviewIntervalMonths"] = plan.ReviewIntervalMonths,
            ["team"] = team,
        };
        var sections = new JsonObject();
        foreach (var section in plan.Sections
            .Select(s => (Section: s, Definition: SectionCatalog.Find(s.Key)))
            .Where(s => s.Definition is not null)
            .OrderBy(s => s.Definition!.Number))
        {
            sections[section.Definition!.Key] = JsonNode.Parse(section.Section.Content);
        }

        return new JsonObject { [HeaderKey] = header, ["sections"] = sections }.ToJsonString();
    }

    /// <summary>The header and each section by key, in document order.</summary>
    internal static IReadOnlyList<(string Key, JsonObject? Content)> Parts(string snapshot)
    {
        var root = JsonNode.Parse(snapshot) as JsonObject ?? [];
        var parts = new List<(string, JsonObject?)> { (HeaderKey, root[HeaderKey] as JsonObject) };
        if (root["sections"] is JsonObject sections)
        {
            parts.AddRange(sections.Select(s => (s.Key, s.Value as JsonObject)));
        }

        return parts;
    }
}
