using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>Chinese first; English one click away, and back.</summary>
[Collection(WebCollection.Name)]
public sealed class LanguageTests(WebFixture web)
{
    [Fact]
    public async Task The_language_switch_turns_the_pages_english_and_back_to_chinese()
    {
        var page = await web.SignedInPageAsync("coord");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("总览");
        await page.ClickAsync("text=English");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        Assert.EndsWith("/dashboard", page.Url, StringComparison.Ordinal);
        await page.GotoAsync("/plans");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Plans");
        await WebFixture.ShotAsync(page, "office-plans-english");
        await page.ClickAsync("text=中文");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("方案");
        Assert.EndsWith("/plans", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_phone_width_the_inbox_and_an_assignment_fit_the_screen()
    {
        var item = await web.DispatchedItemAsync("支持重点群体创业就业", "rsj");
        var page = await web.SignedInPageAsync("rsj-user", width: 390, height: 844);
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("支持重点群体创业就业");
        await WebFixture.ShotAsync(page, "phone-inbox");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the inbox scrolls sideways at 390 px");
        await page.GotoAsync($"/assignments/{item}~rsj");
        await WebFixture.ShotAsync(page, "phone-assignment");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the assignment scrolls sideways at 390 px");
    }
}
