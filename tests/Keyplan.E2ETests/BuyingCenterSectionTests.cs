using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Keyplan.E2ETests.Pages.Sections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>The buying center: assessing contacts of the account, and the relationship map that flags gaps and edits contacts.</summary>
public sealed class BuyingCenterSectionTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static ILocator SaveState(IPage page) =>
        page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^(Saving…|Saved|Not saved.*)$") });

    [Fact]
    public async Task Kam_AddsAContactToTheBuyingCenter_WithBuyingInfluenceAndAttitude_AndItIsSaved()
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam, index: 0);
        var planId = await app.CreatePlanAsync(account.Id);
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await page.GotoAsync($"plans/{planId}/{BuyingCenterSectionForm.Key}");
        await page.GetByLabel("Contact to add", new() { Exact = true }).WaitForAsync();
        await page.WaitUntilInteractiveAsync();

        await BuyingCenterSectionForm.FillOneItemAsync(page);

        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await page.AssertAccessibleAsync();
        var saved = await app.SectionOnceItContainsAsync(planId, BuyingCenterSectionForm.Key, BuyingCenterSectionForm.Marker);
        Assert.Contains(BuyingCenterSectionForm.Marker, saved, StringComparison.Ordinal);
        Assert.Contains("EconomicBuyer", saved, StringComparison.Ordinal);
        Assert.Matches("\"attitude\":\\s*2", saved);
    }

    [Fact]
    public async Task Map_FlagsAnUncoveredRole_AndEditingAPersonsTitleInTheMapChangesTheContact()
    {
        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam, index: 1);
        var planId = await app.CreatePlanAsync(account.Id);
        var contact = await app.DbAsync(db => db.Contacts.Where(c => c.AccountId == account.Id).OrderBy(c => c.Id).FirstAsync());
        var page = await app.SignedInPageAsync(DemoUsers.Kam);
        await page.GotoAsync($"plans/{planId}/{BuyingCenterSectionForm.Key}");
        await page.GetByLabel("Contact to add", new() { Exact = true }).WaitForAsync();
        await page.WaitUntilInteractiveAsync();

        await BuyingCenterSectionForm.AddContactAsync(page, new SelectOptionValue { Value = contact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await page.GetByLabel("Economic buyer", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(SaveState(page)).ToHaveTextAsync("Saved");
        await Assertions.Expect(BuyingCenterSectionForm.RedFlags(page)).ToContainTextAsync("No coach named");
        await Assertions.Expect(BuyingCenterSectionForm.RedFlags(page)).Not.ToContainTextAsync("economic buyer");

        // Close the panel with Escape, then open it again from the map with the keyboard.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(BuyingCenterSectionForm.Panel(page)).ToHaveCountAsync(0);
        var person = BuyingCenterSectionForm.Person(page, contact.FullName);
        await Assertions.Expect(person).ToBeFocusedAsync();
        await person.PressAsync("Enter");
        var panel = BuyingCenterSectionForm.Panel(page);
        await panel.WaitForAsync();
        await page.AssertAccessibleAsync();

        await panel.GetByLabel($"Job title ({contact.FullName})", new() { Exact = true }).FillAsync("Director of Operations");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Save contact" }).ClickAsync();

        await Assertions.Expect(panel.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Contact {contact.FullName} updated.");
        await Assertions.Expect(person).ToContainTextAsync("Director of Operations");
        var title = await app.DbAsync(db => db.Contacts.Where(c => c.Id == contact.Id).Select(c => c.Title).SingleAsync());
        Assert.Equal("Director of Operations", title);
    }
}
