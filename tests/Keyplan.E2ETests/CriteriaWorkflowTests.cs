using Keyplan.Core.Demo;
using Keyplan.Core.Selection;
using Keyplan.E2ETests.Infrastructure;
using Keyplan.E2ETests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>An administrator keeps the selection matrix's criteria in a real browser.</summary>
public sealed class CriteriaWorkflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Admin_CreatesEditsAndDeletesACriterion()
    {
        var page = await app.SignedInPageAsync(DemoUsers.Admin);
        var criteria = new CriteriaPage(page);
        await criteria.OpenFromNavigationAsync();
        await page.AssertAccessibleAsync();

        await criteria.StartNewAsync("Our relative strength");
        await criteria.FillAsync("Delivery reliability", "2.5", new Dictionary<int, string> { [1] = "Late most of the time", [10] = "Always on time" });
        await page.AssertAccessibleAsync();
        await criteria.SaveAsync("Delivery reliability");
        await Assertions.Expect(criteria.Table("Our relative strength").GetByRole(AriaRole.Row, new() { Name = "Delivery reliability" }))
            .ToContainTextAsync("2 of 10");
        var created = await app.DbAsync(db => db.SelectionCriteria.AsNoTracking().SingleAsync(c => c.Name == "Delivery reliability"));
        Assert.Equal((CriterionGroup.Strength, 2.5m, "Always on time"), (created.Group, created.Weight, created.LevelDescriptions[9]));

        await criteria.EditAsync("Delivery reliability");
        await criteria.FillAsync(name: "On-time delivery", weight: "3");
        await page.GetByLabel("Axis").SelectOptionAsync(new SelectOptionValue { Label = "Customer attractiveness" });
        await criteria.SaveAsync("On-time delivery");
        await Assertions.Expect(criteria.Table("Customer attractiveness").GetByRole(AriaRole.Row, new() { Name = "On-time delivery" })).ToBeVisibleAsync();
        var edited = await app.DbAsync(db => db.SelectionCriteria.AsNoTracking().SingleAsync(c => c.Id == created.Id));
        Assert.Equal(("On-time delivery", CriterionGroup.Attractiveness, 3m), (edited.Name, edited.Group, edited.Weight));

        await criteria.DeleteAsync("On-time delivery");
        Assert.False(await app.DbAsync(db => db.SelectionCriteria.AnyAsync(c => c.Id == created.Id)));
    }

    [Fact]
    public async Task Admin_SeesWhyACriterionIsNotSaved()
    {
        var page = await app.SignedInPageAsync(DemoUsers.Admin);
        var criteria = new CriteriaPage(page);
        await criteria.OpenFromNavigationAsync();

        await criteria.StartNewAsync("Customer attractiveness");
        await criteria.FillAsync(name: "Without weight");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save criterion" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Some fields are not valid");
        await Assertions.Expect(page.GetByLabel("Weight", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await page.AssertAccessibleAsync();
        Assert.False(await app.DbAsync(db => db.SelectionCriteria.AnyAsync(c => c.Name == "Without weight")));
    }

    [Fact]
    public async Task Management_MayNotChangeTheCriteria()
    {
        var page = await app.SignedInPageAsync(DemoUsers.Management);
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Button, new() { Name = "Administration" })).ToHaveCountAsync(0);
        await page.GotoAsync("selection-criteria");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Only administrators");
    }
}
