using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages;

public sealed class AccountPage(IPage page)
{
    public ILocator Heading(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1, Exact = true });

    public Task EditAsync() => page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();

    public ILocator Profile => page.GetByRole(AriaRole.Tabpanel);

    public Task OpenTabAsync(string name) => page.GetByRole(AriaRole.Tab, new() { Name = name }).ClickAsync();
}
