using Keyplan.Core;
using Keyplan.Core.Data;
using Keyplan.Core.Import;
using Keyplan.Documents.Pdf;
using Keyplan.Web.Audit;
using Keyplan.Web.Auth;
using Radzen;

namespace Keyplan.Web.Hosting;

internal static class WebServices
{
    public static IServiceCollection AddKeyplanWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.Configure<KeyplanOptions>(configuration.GetSection(KeyplanOptions.SectionName));
        var dataDirectory = Path.Combine(environment.ContentRootPath, "data");
        services.AddKeyplanDatabase(configuration, dataDirectory);
        var importDirectory = configuration.GetSection(KeyplanOptions.SectionName).Get<KeyplanOptions>()?.ImportDirectory;
        services.AddSingleton(new ImportFileStore(importDirectory ?? Path.Combine(dataDirectory, "imports")));
        services.AddKeyplanCore();
        services.Configure<Notifications.SmtpOptions>(configuration.GetSection(Notifications.SmtpOptions.SectionName));
        if (!string.IsNullOrWhiteSpace(configuration[$"{Notifications.SmtpOptions.SectionName}:Host"]))
        {
            services.AddScoped<Keyplan.Core.Notifications.INotificationMailer, Notifications.SmtpNotificationMailer>();
        }

        services.AddScoped<Notifications.NotificationSignal>();
        services.AddPdfRendering();
        services.AddScoped<ExpireImportUploadsHandler>();
        services.AddHostedService<Import.ImportCleanupService>();
        services.AddHostedService<Reviews.ReminderService>();
        services.AddSingleton(sp => new Documents.BulkExport.BulkExportJobs(
            configuration.GetSection(KeyplanOptions.SectionName).Get<KeyplanOptions>()?.ExportDirectory ?? Path.Combine(dataDirectory, "exports"), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<Documents.BulkExport.BulkExportWorker>();
        services.AddKeyplanAuth();
        services.AddAuditActors();
        services.AddKeyplanLocalization();
        services.AddSignInRateLimiting();

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        services.AddHttpContextAccessor();

        services.AddProblemDetails();
        services.AddExceptionHandler<UnexpectedExceptionHandler>();
        services.AddOpenApi(options => options.AddDocumentTransformer<ApiDocumentTransformer>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseHealthCheck.ReadyTag]);
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return services;
    }
}
