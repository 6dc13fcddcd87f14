using Keyplan.Web.Accounts;
using Keyplan.Web.Audit;
using Keyplan.Web.Auth;
using Keyplan.Web.Budget;
using Keyplan.Web.Components;
using Keyplan.Web.Dashboards;
using Keyplan.Web.Documents;
using Keyplan.Web.Documents.BulkExport;
using Keyplan.Web.Import;
using Keyplan.Web.Notifications;
using Keyplan.Web.Plans;
using Keyplan.Web.Portfolio;
using Keyplan.Web.Profile;
using Keyplan.Web.Reviews;
using Keyplan.Web.Selection;
using Keyplan.Web.Workflow;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace Keyplan.Web.Hosting;

internal static class WebPipeline
{
    public static WebApplication UseKeyplanPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();

        // Pages show the localized not-found page; API answers are ProblemDetails (written by the inner middleware,
        // so the outer one finds a body and leaves it). Re-execution must sit on the main pipeline to re-run routing.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseWhen(context => ApiPaths.IsApi(context.Request.Path), api => api.UseStatusCodePages());

        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAuditActors();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapKeyplanEndpoints(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

        app.MapAuthEndpoints();
        app.MapCultureEndpoints();
        app.MapMeEndpoints();
        app.MapAccountsEndpoints();
        app.MapContactsEndpoints();
        app.MapRevenueEndpoints();
        app.MapReferenceDataEndpoints();
        app.MapPlansEndpoints();
        app.MapTemplatesEndpoints();
        app.MapImportsEndpoints();
        app.MapSelectionEndpoints();
        app.MapNominationEndpoints();
        app.MapPortfolioEndpoints();
        app.MapBudgetEndpoints();
        app.MapAuditEndpoints();
        app.MapWorkflowEndpoints();
        app.MapReviewsEndpoints();
        app.MapDashboardEndpoints();
        app.MapNotificationsEndpoints();
        app.MapExportEndpoints();
        app.MapBulkExportEndpoints();

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs", options => options
                .WithTitle("Keyplan API")
                // No AI agent, no deploy toolbar, no telemetry, no fonts from elsewhere: the page works offline.
                .DisableAgent()
                .HideDeveloperTools()
                .DisableDefaultFonts()
                .DisableTelemetry())
            .AllowAnonymous();

        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DatabaseHealthCheck.ReadyTag) })
            .AllowAnonymous();
        return app;
    }
}

internal static class ApiPaths
{
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
