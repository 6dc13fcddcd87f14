using Keyplan.Core;
using Microsoft.AspNetCore.Mvc;

namespace Keyplan.Web.Api;

/// <summary>The one place where use-case failures become HTTP answers (ProblemDetails).</summary>
internal static class ResultMapping
{
    public static IResult ToProblem(Failure failure) => failure switch
    {
        Failure.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found."),
        Failure.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You may not change this."),
        Failure.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: "Some fields are not valid."),
        Failure.Stale stale => new StaleResult(stale.CurrentVersion),
        Failure.Conflict conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
            title: "The plan's status does not allow this now.", detail: $"Its status is {conflict.State}. Nothing was changed."),
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, "Unknown failure."),
    };

    public static IResult Map<T>(Result<T> result, Func<T, IResult> onSuccess) =>
        result.Failure is { } failure ? ToProblem(failure) : onSuccess(result.Value!);

    /// <summary>412: the If-Match version is not the current one. The current ETag tells the client what to re-read.</summary>
    private sealed class StaleResult(int currentVersion) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ETag = ETags.Format(currentVersion);
            return TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Title = "Someone else changed this in the meantime.",
                Detail = "Nothing was saved. Read the current version and apply your change to it.",
            }).ExecuteAsync(httpContext);
        }
    }
}
