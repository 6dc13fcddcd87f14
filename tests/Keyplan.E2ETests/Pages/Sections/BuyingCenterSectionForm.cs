using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Keyplan.E2ETests.Pages.Sections;

/// <summary>The buying center and relationship map: add contacts of the account, assess them, edit them in the map.</summary>
public static class BuyingCenterSectionForm
{
    public const string Key = "buyingCenter";

    /// <summary>Text the stored section contains after FillOneItemAsync.</summary>
    public const string Marker = "Wants the new line to run without night shifts";

    /// <summary>On the section page of a new, empty full-template plan (already interactive): fills at least one item.</summary>
    public static async Task FillOneItemAsync(IPage page)
    {
        await AddContactAsync(page, new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Economic buyer", new() { Exact = true }).CheckAsync();
        await Attitude(page).SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("^Personal win \\(") }).FillAsync(Marker);
    }

    /// <summary>Adds a contact to the buying center; the person's panel opens.</summary>
    public static async Task AddContactAsync(IPage page, SelectOptionValue contact)
    {
        await page.GetByLabel("Contact to add", new() { Exact = true }).SelectOptionAsync(contact);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to buying center", Exact = true }).ClickAsync();
        await Panel(page).WaitForAsync();
    }

    /// <summary>The side panel of one person (contact and assessment).</summary>
    public static ILocator Panel(IPage page) => page.GetByRole(AriaRole.Dialog);

    public static ILocator Attitude(IPage page) =>
        page.GetByRole(AriaRole.Combobox, new() { NameRegex = new Regex("^Attitude towards us \\(") });

    /// <summary>A person on the map: a button named by the person's name and title.</summary>
    public static ILocator Person(IPage page, string fullName) =>
        page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^" + Regex.Escape(fullName) + "(\\s|$)") });

    public static ILocator RedFlags(IPage page) => page.GetByRole(AriaRole.List, new() { Name = "Red flags" });
}
