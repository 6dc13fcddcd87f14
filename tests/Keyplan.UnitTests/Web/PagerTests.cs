using System.Globalization;
using Bunit;
using Keyplan.Web.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace Keyplan.UnitTests.Web;

public sealed class PagerTests : BunitContext
{
    public PagerTests()
    {
        Services.AddRadzenComponents();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", true));
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
    }

    private IRenderedComponent<Pager> Render(int page, int total, Action<int>? pageChanged = null) =>
        Render<Pager>(p => p
            .Add(x => x.Page, page)
            .Add(x => x.PageSize, 25)
            .Add(x => x.Total, total)
            .Add(x => x.PageSizes, [25, 50, 100])
            .Add(x => x.PageChanged, EventCallback.Factory.Create(this, pageChanged ?? (_ => { })))
            .Add(x => x.PageSizeChanged, EventCallback.Factory.Create<int>(this, _ => { })));

    [Fact]
    public void Summary_ShowsTheRowsOnThisPageAndTheTotal()
    {
        var pager = Render(page: 2, total: 10_000);

        Assert.Equal("26–50 of 10,000", pager.Find(".kp-pager-summary").TextContent);
    }

    [Fact]
    public void CurrentPage_IsMarkedForScreenReaders_AndFirstAndPreviousAreOffOnPageOne()
    {
        var pager = Render(page: 1, total: 100);

        Assert.Equal("Page 1", pager.Find("[aria-current=page]").GetAttribute("aria-label"));
        Assert.True(pager.Find("[aria-label='First page']").HasAttribute("disabled"));
        Assert.True(pager.Find("[aria-label='Previous page']").HasAttribute("disabled"));
        Assert.False(pager.Find("[aria-label='Next page']").HasAttribute("disabled"));
    }

    [Fact]
    public void ClickingNext_AsksForTheNextPage()
    {
        var asked = 0;
        var pager = Render(page: 3, total: 1_000, pageChanged: page => asked = page);

        pager.Find("[aria-label='Next page']").Click();

        Assert.Equal(4, asked);
    }

    [Fact]
    public void PageSizeSelect_HasAVisibleLabel()
    {
        var pager = Render(page: 1, total: 0);

        Assert.Equal("Rows per page", pager.Find("label[for=kp-page-size]").TextContent);
        Assert.Equal("No results", pager.Find(".kp-pager-summary").TextContent);
    }
}
