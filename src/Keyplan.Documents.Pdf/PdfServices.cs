using Keyplan.Core.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.Documents.Pdf;

public static class PdfServices
{
    /// <summary>One renderer (and so one browser) for the whole app.</summary>
    public static IServiceCollection AddPdfRendering(this IServiceCollection services)
    {
        services.AddSingleton<ChromiumPdfRenderer>();
        services.AddSingleton<IPdfPlanRenderer>(sp => sp.GetRequiredService<ChromiumPdfRenderer>());
        return services;
    }
}
