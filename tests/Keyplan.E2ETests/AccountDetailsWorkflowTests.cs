using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Keyplan.E2ETests.Pages;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>Contacts, revenue rows, field validation and two people editing the same account, in a real browser.</summary>
public sealed class AccountDetailsWorkflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static async Task OpenAccountAsync(IPage page, int accountId, string tab = "")
    {
        await page.GotoAsync($"accounts/{accountId}{(tab.Length > 0 ? "?tab=" + tab : "")}");
        await page.WaitUntilInteractiveAsync();
    }

    [Fact]
    public async Task Kam_AddsAContactUnderAManager_AfterFixingAnInvalidEmail()
    {
        var account = await app.AccountOwnedByAsync(DemoUsers.Kam, index: 1);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await OpenAccountAsync(page, account.Id, "contacts");
        var manager = (await app.DbAsync(db => Task.FromResult(db.Contacts.Where(c => c.AccountId == account.Id && c.ReportsToId == null).OrderBy(c => c.Id).First())));

        await page.GetByRole(AriaRole.Button, new() { Name = "Add contact" }).ClickAsync();
        await page.GetByLabel("First name", new() { Exact = true }).FillAsync("Wiebke");
        await page.GetByLabel("Last name", new() { Exact = true }).FillAsync("Janssen");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync("wiebke.janssen-at-example");
        await page.GetByLabel("Reports to", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{manager.FirstName} {manager.LastName}" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("Not a valid e-mail address.").First).ToBeVisibleAsync();
        Assert.Equal("Wiebke", await page.GetByLabel("First name", new() { Exact = true }).InputValueAsync());
        await page.AssertAccessibleAsync();

        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync("wiebke.janssen@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Edit Wiebke Janssen" })).ToBeVisibleAsync();
        var saved = await app.DbAsync(db => Task.FromResult(db.Contacts.Single(c => c.AccountId == account.Id && c.LastName == "Janssen")));
        Assert.Equal(manager.Id, saved.ReportsToId);
    }

    [Fact]
    public async Task Kam_AddsARevenueRow_AndTheTableShowsIt()
    {
        var account = await app.AccountOwnedByAsync(DemoUsers.Kam, index: 2);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await OpenAccountAsync(page, account.Id, "revenue");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add revenue" }).ClickAsync();
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync("2019");
        await page.GetByLabel("Product group", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Revenue (EUR)", new() { Exact = true }).FillAsync("123456");
        await page.GetByLabel("Contribution margin (EUR)", new() { Exact = true }).FillAsync("34567");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "2019" }).Or(page.GetByRole(AriaRole.Cell, new() { Name = "2019", Exact = true })).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("€123,456").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Delete revenue 2019") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("€123,456")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AccountForm_EmptyName_ShowsTheMessageAtTheFieldAndKeepsTheInput()
    {
        var account = await app.AccountOwnedByAsync(DemoUsers.Kam, index: 3);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await page.GotoAsync($"accounts/{account.Id}/edit");
        await page.WaitUntilInteractiveAsync();
        var form = new AccountEditPage(page);

        await form.Field("City").FillAsync("Zwolle");
        await form.Field("Name").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("Required.").First).ToBeVisibleAsync();
        Assert.EndsWith("/edit", page.Url, StringComparison.Ordinal);
        Assert.Equal("Zwolle", await form.Field("City").InputValueAsync());
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task TwoPeopleEditTheSameAccount_TheSecondSeesTheConflictAndDecides()
    {
        var account = await app.AccountOwnedByAsync(DemoUsers.Kam, index: 4);
        var first = await app.SignedInPageAsync(DemoUsers.Kam);
        var second = await app.SignedInPageAsync(DemoUsers.Bam);
        foreach (var page in new[] { first, second })
        {
            await page.GotoAsync($"accounts/{account.Id}/edit");
            await page.WaitUntilInteractiveAsync();
        }

        await new AccountEditPage(first).Field("City").FillAsync("Arnhem");
        await new AccountEditPage(first).SaveAsync();
        await new AccountEditPage(second).Field("City").FillAsync("Apeldoorn");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Assertions.Expect(second.GetByText("Someone else changed this account while you were editing.").First).ToBeVisibleAsync();
        Assert.Equal("Apeldoorn", await new AccountEditPage(second).Field("City").InputValueAsync());
        Assert.Equal("Arnhem", (await app.DbAsync(db => Task.FromResult(db.Accounts.Single(a => a.Id == account.Id)))).City);
        await second.AssertAccessibleAsync();

        await second.GetByRole(AriaRole.Button, new() { Name = "Save mine anyway" }).ClickAsync();
        await second.WaitForURLAsync(url => !url.Contains("/edit", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(second.GetByText("Apeldoorn")).ToBeVisibleAsync();
    }
}
