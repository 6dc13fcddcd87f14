using System.IO.Compression;
using Keyplan.E2ETests.Infrastructure;
using Keyplan.E2ETests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>Exporting all plans of a business area from the portfolio: the dialog, its progress and the zip.</summary>
public sealed class BulkExportWorkflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Management_ExportsTheAreasPlansAsWord_SeesProgressReachTheEnd_AndDownloadsTheZip()
    {
        var page = await app.SignedInPageAsync(Core.Demo.DemoUsers.Management);
        await new PortfolioPage(page).OpenFromNavigationAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Export plans", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Export plans as a zip" });
        // The year defaults to the portfolio's fiscal year; the area with the most plans in it makes the biggest zip.
        var year = int.Parse(await dialog.GetByLabel("Fiscal year").InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var (areaName, plans) = await app.DbAsync(async db =>
        {
            var counts = await db.Plans.Where(p => p.FiscalYear == year)
                .GroupBy(p => p.Account!.BusinessArea!.Name).Select(g => new { Name = g.Key, Count = g.Count() }).ToListAsync();
            var top = counts.OrderByDescending(c => c.Count).First();
            return (top.Name, top.Count);
        });
        await dialog.GetByLabel("Business area").SelectOptionAsync(new SelectOptionValue { Label = areaName });
        await dialog.GetByLabel("Format").SelectOptionAsync(new SelectOptionValue { Label = "Word (.docx)" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Start export" }).ClickAsync();

        await Assertions.Expect(dialog.GetByText($"{plans} of {plans} plans exported")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(dialog.Locator("progress")).ToHaveAttributeAsync("value", plans.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var link = dialog.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Download Keyplan_.*_docx\\.zip$") });
        await link.WaitForAsync();
        await page.AssertAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        using var zip = ZipFile.OpenRead(await download.PathAsync());
        Assert.Equal(plans, zip.Entries.Count);
        Assert.All(zip.Entries, e => Assert.EndsWith("_internal.docx", e.FullName, StringComparison.Ordinal));
    }
}
