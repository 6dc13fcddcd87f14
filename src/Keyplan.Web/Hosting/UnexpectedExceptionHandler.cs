using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Keyplan.Web.Hosting;

/// <summary>
/// Turns an unexpected exception into a ProblemDetails answer that shows nothing of the internals; the
/// details go to the log with the trace id the answer carries.
/// </summary>
internal sealed class UnexpectedExceptionHandler(
    IProblemDetailsService problemDetails, IHostEnvironment environment, ILogger<UnexpectedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException badRequest)
        {
            httpContext.Response.StatusCode = badRequest.StatusCode;
            return await problemDetails.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new ProblemDetails { Status = badRequest.StatusCode, Title = "The request could not be read.", Detail = badRequest.Message },
            });
        }

        logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = environment.IsDevelopment() ? exception : null,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side.",
                Detail = environment.IsDevelopment() ? exception.Message : null,
            },
        });
    }
}
