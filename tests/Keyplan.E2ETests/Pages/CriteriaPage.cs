using Keyplan.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages;

/// <summary>The administrators' page of selection criteria.</summary>
public sealed class CriteriaPage(IPage page)
{
    public ILocator Status => page.GetByRole(AriaRole.Status);

    public async Task OpenFromNavigationAsync()
    {
        await page.OpenFromMenuAsync("Administration", "Selection criteria");
        await page.WaitForURLAsync("**/selection-criteria", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByRole(AriaRole.Heading, new() { Name = "Selection criteria", Level = 1 }).WaitForAsync();
        await page.WaitUntilInteractiveAsync();
    }

    /// <summary>The table of one axis ("Customer attractiveness" or "Our relative strength").</summary>
    public ILocator Table(string axis) => page.GetByRole(AriaRole.Table, new() { Name = axis, Exact = true });

    public async Task StartNewAsync(string axis) =>
        await page.GetByRole(AriaRole.Button, new() { Name = $"New criterion for {axis}" }).ClickAsync();

    public async Task FillAsync(string? name = null, string? weight = null, IReadOnlyDictionary<int, string>? levels = null)
    {
        if (name is not null)
        {
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        }

        if (weight is not null)
        {
            await page.GetByLabel("Weight", new() { Exact = true }).FillAsync(weight);
        }

        foreach (var (level, text) in levels ?? new Dictionary<int, string>())
        {
            await page.GetByLabel($"Level {level}", new() { Exact = true }).FillAsync(text);
        }
    }

    public async Task SaveAsync(string name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save criterion" }).ClickAsync();
        await Assertions.Expect(Status).ToContainTextAsync($"Criterion “{name}” saved.");
    }

    public Task EditAsync(string name) => page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}", Exact = true }).ClickAsync();

    public async Task DeleteAsync(string name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete {name}", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete criterion" }).ClickAsync();
        await Assertions.Expect(Status).ToContainTextAsync($"Criterion “{name}” deleted.");
    }
}
