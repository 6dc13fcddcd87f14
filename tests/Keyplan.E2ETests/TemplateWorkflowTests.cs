using System.Text.RegularExpressions;
using Keyplan.Core.Demo;
using Keyplan.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace Keyplan.E2ETests;

/// <summary>An administrator makes a template; a KAM plans with it; a later change of the template leaves the plan as it was.</summary>
public sealed class TemplateWorkflowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Swot = "SWOT and “so what?”";

    private static async Task SaveTemplateAsync(IPage admin, int version)
    {
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save as new version" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "saved" }))
            .ToContainTextAsync($"Version {version} saved");
    }

    [Fact]
    public async Task Admin_CopiesFullWithoutMarketAndAChoiceOnTheSwot_AndAPlanKeepsItsVersion()
    {
        var name = $"No market {Guid.NewGuid():N}"[..20];
        var admin = await app.SignedInPageAsync(DemoUsers.Admin);
        await admin.GotoAsync("templates");
        await admin.WaitUntilInteractiveAsync();
        await admin.AssertAccessibleAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Copy Full plan" }).ClickAsync();
        await admin.GetByLabel("Name of the new template").FillAsync(name);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create copy" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex(@"/templates/\d+$"), new() { WaitUntil = WaitUntilState.Commit });
        await admin.GetByRole(AriaRole.Checkbox, new() { Name = "Market and competition" }).UncheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Add field to {Swot}" }).ClickAsync();
        await admin.GetByLabel($"Label ({Swot}, field 1)").FillAsync("Region");
        await admin.GetByLabel("Type (Region)").SelectOptionAsync("Choice");
        await admin.GetByLabel("Options, one per line (Region)").FillAsync("North\nSouth");
        await admin.AssertAccessibleAsync();
        await SaveTemplateAsync(admin, 2);

        var account = await app.AccountWithoutPlanAsync(DemoUsers.Kam);
        var kam = await app.SignedInPageAsync(DemoUsers.Kam);
        await kam.GotoAsync($"plans/new?accountId={account.Id}");
        await kam.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).WaitForAsync();
        await kam.WaitUntilInteractiveAsync();
        await kam.GetByLabel(name, new() { Exact = true }).CheckAsync();
        await kam.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
        await kam.WaitForURLAsync(new Regex(@"/plans/\d+$"), new() { WaitUntil = WaitUntilState.Commit });
        var planId = int.Parse(new Regex(@"/plans/(\d+)$").Match(kam.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(kam.GetByText($"{name}, version 2")).ToBeVisibleAsync();
        var steps = kam.GetByRole(AriaRole.Navigation, new() { Name = "Plan steps" });
        await Assertions.Expect(steps).ToContainTextAsync("Value chain and requirements");
        await Assertions.Expect(steps).Not.ToContainTextAsync("Market and competition");

        await kam.GotoAsync($"plans/{planId}/swot");
        await kam.GetByLabel("Region", new() { Exact = true }).WaitForAsync();
        await kam.WaitUntilInteractiveAsync();
        await kam.GetByLabel("Region", new() { Exact = true }).SelectOptionAsync("North");
        await Assertions.Expect(kam.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex("Sav") })).ToHaveTextAsync("Saved");
        await kam.AssertAccessibleAsync();
        await app.SectionOnceItContainsAsync(planId, "swot", "\"North\"");

        await admin.GetByLabel($"Label ({Swot}, field 1)").FillAsync("Sales region");
        await SaveTemplateAsync(admin, 3);
        await kam.ReloadAsync();
        await kam.WaitUntilInteractiveAsync();

        await Assertions.Expect(kam.GetByLabel("Region", new() { Exact = true })).ToHaveValueAsync("North");
        await Assertions.Expect(kam.GetByText($"{name}, version 2")).ToBeVisibleAsync();
    }
}
