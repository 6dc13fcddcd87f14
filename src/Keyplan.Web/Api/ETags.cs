using System.Globalization;
using Keyplan.Core;
using Microsoft.Net.Http.Headers;

namespace Keyplan.Web.Api;

/// <summary>ETags are the entity's version number: "7".</summary>
internal static class ETags
{
    public static string Format(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version named by If-Match, or null when the header is absent or not one of ours.</summary>
    public static int? ParseIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || !EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag))
        {
            return null;
        }

        var value = tag.Tag.Value?.Trim('"');
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    public static IResult WithETag(IResult result, HttpContext context, IVersioned entity) => WithETag(result, context, entity.Version);

    public static IResult WithETag(IResult result, HttpContext context, int version)
    {
        context.Response.Headers.ETag = Format(version);
        return result;
    }

    /// <summary>428: a PUT must say which version it changes.</summary>
    public static IResult IfMatchRequired() => TypedResults.Problem(
        statusCode: StatusCodes.Status428PreconditionRequired,
        title: "If-Match is required.",
        detail: "Send the ETag of the version you changed in the If-Match header.");
}
