using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Keyplan.E2ETests.Infrastructure;

public static class Accessibility
{
    /// <summary>Runs axe on the page as it is now and fails on serious or critical violations.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        // When the interactive renderer takes over, HeadOutlet renders the <title> again; check the settled page.
        await page.WaitForFunctionAsync("() => document.title.length > 0");
        // A toast fading in has, for a moment, too little contrast; check the page once finite animations have ended.
        await page.WaitForFunctionAsync(
            "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)");
        var result = await page.RunAxe();
        var blocking = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"Accessibility violations on {page.Url}:\n{string.Join("\n", blocking)}");
    }
}
