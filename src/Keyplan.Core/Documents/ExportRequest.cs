namespace Keyplan.Core.Documents;

/// <summary>Reads the format and audience of an export as the API and the CLI take them ("pdf", "customer").</summary>
public static class ExportRequest
{
    public static Result<(ExportFormat Format, DocumentAudience Audience)> Parse(string? format, string? audience)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TryParse<ExportFormat>(format, out var parsedFormat))
        {
            errors["format"] = [Resources.DocumentText.UnknownValue("pdf, docx, xlsx, pptx")];
        }

        DocumentAudience parsedAudience = DocumentAudience.Internal;
        if (audience is not null && !TryParse(audience, out parsedAudience))
        {
            errors["audience"] = [Resources.DocumentText.UnknownValue("internal, customer")];
        }

        return errors.Count > 0 ? new Failure.Invalid(errors) : (parsedFormat, parsedAudience);
    }

    private static bool TryParse<T>(string? value, out T result)
        where T : struct, Enum
    {
        result = default;
        return !string.IsNullOrWhiteSpace(value) && !int.TryParse(value, out _) && Enum.TryParse(value, ignoreCase: true, out result) && Enum.IsDefined(result);
    }
}
