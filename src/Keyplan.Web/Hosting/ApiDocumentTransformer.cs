using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Keyplan.Web.Hosting;

/// <summary>Describes the API and its bearer authentication in the OpenAPI document.</summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Keyplan API",
            Version = "v1",
            Description = "Accounts, contacts and revenue history of Keyplan. Authenticate with a bearer token from "
                + "POST /api/auth/login or a personal access token (keyplan token create). Writes use optimistic "
                + "concurrency: send the ETag you read as If-Match.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An access token from POST /api/auth/login, or a personal access token (kp_…).",
        };
        return Task.CompletedTask;
    }
}
