using Keyplan.Core.Documents;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Keyplan.Documents.Pdf;

/// <summary>
/// Prints plan documents with Chromium through Playwright. Starting a browser takes about a second, so one browser is
/// started on the first print and kept for the life of the app; each print gets its own short-lived page.
/// </summary>
public sealed class ChromiumPdfRenderer(IServiceProvider services, ILoggerFactory loggers) : IPdfPlanRenderer, IAsyncDisposable
{
    private static readonly string[] LaunchArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>
    /// How long a print or a shutdown may take before it is given up: a stuck browser (seen on an overloaded machine)
    /// must fail one export with an error, not hang the request, the CLI or a test run for ever.
    /// </summary>
    private static readonly TimeSpan PrintTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim startLock = new(1, 1);
    private readonly ILogger logger = loggers.CreateLogger<ChromiumPdfRenderer>();
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Debian's chromium unless CHROMIUM_PATH names another; no browser download is ever needed.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public Task<byte[]> RenderAsync(PlanDocument document, CancellationToken cancellationToken) =>
        PrintAsync(document, cancellationToken).WaitAsync(PrintTimeout, cancellationToken);

    private async Task<byte[]> PrintAsync(PlanDocument document, CancellationToken cancellationToken)
    {
        var html = await RenderHtmlAsync(document);
        var current = await BrowserAsync(cancellationToken);
        await using var context = await current.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html);
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            PreferCSSPageSize = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = "<div style=\"font-size:8pt;width:100%;text-align:center;color:#777\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>",
        });
    }

    /// <summary>The report's HTML, rendered from the Razor component outside of any Blazor circuit.</summary>
    public async Task<string> RenderHtmlAsync(PlanDocument document)
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<PlanReport>(ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(PlanReport.Document)] = document }));
            return output.ToHtmlString();
        });
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (browser is { IsConnected: true } running)
        {
            return running;
        }

        await startLock.WaitAsync(cancellationToken);
        try
        {
            if (browser is { IsConnected: true } started)
            {
                return started;
            }

            if (browser is not null)
            {
                logger.LogWarning("The PDF browser was disconnected; starting a new one.");
                await browser.DisposeAsync();
            }

            playwright ??= await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = LaunchArgs,
            });
            return browser;
        }
        finally
        {
            startLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (browser is not null)
            {
                await browser.DisposeAsync().AsTask().WaitAsync(ShutdownTimeout);
            }

            if (playwright is { } driver)
            {
                // Dispose waits for the driver process to stop; a driver that does not is left to the process's end.
                await Task.Run(driver.Dispose).WaitAsync(ShutdownTimeout);
            }
        }
        catch (TimeoutException)
        {
            logger.LogWarning("The PDF browser did not shut down within {Seconds} s; leaving it.", ShutdownTimeout.TotalSeconds);
        }

        startLock.Dispose();
    }
}
