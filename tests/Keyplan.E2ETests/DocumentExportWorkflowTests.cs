using Keyplan.E2ETests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>Exporting in the browser: the plan's export menu and the account's plan list hand over the files.</summary>
public sealed class DocumentExportWorkflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string BritishAccount = "Ashworth & Moore Engineering Ltd";

    [Fact]
    public async Task Kam_OpensTheExportMenuOnThePlan_AndDownloadsTheWordDocumentTheReviewDeckAndTheCustomerPdf()
    {
        var planId = await app.DbAsync(db => db.Plans.Where(p => p.Account!.Name == BritishAccount).Select(p => p.Id).SingleAsync());
        var page = await app.SignedInPageAsync(Core.Demo.DemoUsers.Kam);
        await page.GotoAsync($"plans/{planId}");
        await page.WaitUntilInteractiveAsync();

        await page.Locator("summary", new() { HasText = "Export" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Plan as Word document" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var word = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Plan as Word document" }).ClickAsync());
        Assert.Equal($"Keyplan_Ashworth_Moore_Engineering_Ltd_{DateTime.UtcNow.Year}_internal.docx", word.SuggestedFilename);
        Assert.True(new FileInfo(await word.PathAsync()).Length > 10_000);

        var deck = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Review deck (PowerPoint)" }).ClickAsync());
        Assert.Equal($"Keyplan_Ashworth_Moore_Engineering_Ltd_{DateTime.UtcNow.Year}_internal.pptx", deck.SuggestedFilename);
        Assert.True(new FileInfo(await deck.PathAsync()).Length > 5_000);

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Customer summary as PDF" }).ClickAsync());
        Assert.Equal($"Keyplan_Ashworth_Moore_Engineering_Ltd_{DateTime.UtcNow.Year}_customer.pdf", pdf.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await pdf.PathAsync());
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kam_DownloadsAPlanAsPdfFromTheAccountsPlanList()
    {
        var accountId = await app.DbAsync(db => db.Accounts.Where(a => a.Name == BritishAccount).Select(a => a.Id).SingleAsync());
        var page = await app.SignedInPageAsync(Core.Demo.DemoUsers.Kam);
        await page.GotoAsync($"accounts/{accountId}?tab=plans");
        await page.WaitUntilInteractiveAsync();
        var link = page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Plan .* as PDF$") }).First;
        await link.WaitForAsync();
        await page.AssertAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());

        Assert.EndsWith("_internal.pdf", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
