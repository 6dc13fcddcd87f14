using System.ComponentModel.DataAnnotations;
using Keyplan.Core;
using Keyplan.Core.Identity;
using Keyplan.Core.Resources;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Keyplan.Web.Auth;

public sealed record LoginRequest(
    [property: Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    string? Email,
    [property: Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    string? Password);

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Authentication");
        api.MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .WithName("Login")
            .WithSummary("Exchanges e-mail and password for a bearer access token.")
            .Produces<AccessTokenResponse>();

        app.MapPost("/account/logout", LogoutAsync).ExcludeFromDescription();
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest login, SignInManager<User> signIn)
    {
        if (RequestValidation.Validate(login) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid.Errors);
        }

        // The sign-in manager writes the token response itself when it signs in with the bearer scheme.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(login.Email!, login.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return TypedResults.Empty;
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: result.IsLockedOut ? "The account is locked after repeated failed sign-ins." : "Wrong e-mail or password.");
    }

    private static async Task<RedirectHttpResult> LogoutAsync(SignInManager<User> signIn, [FromForm] string? returnUrl)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/account/login");
    }
}
