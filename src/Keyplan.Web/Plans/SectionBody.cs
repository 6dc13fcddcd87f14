using System.Text.Json;
using Keyplan.Core;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Resources;

namespace Keyplan.Web.Plans;

/// <summary>Reads a section's content from a request body; a value of the wrong type is reported at its field.</summary>
internal static class SectionBody
{
    public static async Task<Result<SectionContent>> ReadAsync(HttpRequest request, SectionDefinition section, CancellationToken cancellationToken)
    {
        try
        {
            var content = (SectionContent?)await JsonSerializer.DeserializeAsync(request.Body, section.ContentType, SectionJson.Options, cancellationToken);
            return content is null ? Failure.Invalid.For(string.Empty, ValidationText.Required) : content;
        }
        catch (JsonException e)
        {
            // "$.objectives[0].dueDate" → "objectives[0].dueDate", the API's field path.
            var field = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : string.Empty;
            return new Failure.Invalid(new Dictionary<string, string[]> { [field] = [ValidationText.UnreadableValue] });
        }
    }
}
