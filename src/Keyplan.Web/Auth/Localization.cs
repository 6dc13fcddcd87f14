using System.Globalization;
using Keyplan.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Keyplan.Web.Auth;

/// <summary>UI languages and the remembered choice: a culture cookie, mirrored on the user's profile.</summary>
internal static class Localization
{
    public static readonly string[] SupportedCultures = ["en", "de", "nl"];

    public static IServiceCollection AddKeyplanLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(SupportedCultures[0]);
            options.AddSupportedCultures(SupportedCultures);
            options.AddSupportedUICultures(SupportedCultures);
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // Cookie first (the user's choice), then the browser's languages; no query string.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static bool IsSupported(string? culture) => culture is not null && SupportedCultures.Contains(culture, StringComparer.Ordinal);

    public static void WriteCultureCookie(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

    public static void MapCultureEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture/set", SetCultureAsync).AllowAnonymous().ExcludeFromDescription();

    /// <summary>Switches the UI language and, for a signed-in user, remembers it on their profile.</summary>
    private static async Task<IResult> SetCultureAsync(
        string culture, string? returnUrl, HttpContext context, UserManager<User> users)
    {
        if (!IsSupported(culture))
        {
            return TypedResults.BadRequest();
        }

        WriteCultureCookie(context.Response, culture);
        if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user)
        {
            user.Culture = culture;
            await users.UpdateAsync(user);
        }

        return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    public static CultureInfo Culture(string name) => CultureInfo.GetCultureInfo(name);
}
