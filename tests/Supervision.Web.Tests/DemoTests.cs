using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary><c>--demo</c>: an empty installation gets a working dashboard at once; one with plans is left alone.</summary>
[Collection(WebCollection.Name)]
public sealed class DemoTests(WebFixture web)
{
    [Fact]
    public async Task The_demo_fills_an_empty_installation_with_a_working_dashboard_and_refuses_one_that_has_plans()
    {
        await using var demo = await DemoSite.StartAsync();
        var seed = demo.Seed;
        Assert.True(await seed.FillAsync(CancellationToken.None));

        var context = await web.Browser.NewContextAsync(new() { BaseURL = demo.BaseAddress });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=username]", "demo-office");
        await page.FillAsync("input[name=password]", demo.Password("demo-office"));
        await page.ClickAsync("button.primary");
        await Assertions.Expect(page.Locator("#review-queue")).ToContainTextAsync("开展外贸企业用工保障服务");
        await Assertions.Expect(page.Locator("#review-queue")).ToContainTextAsync("支持返乡入乡创业");
        await Assertions.Expect(page.Locator("#review-queue")).ToContainTextAsync("落实稳岗返还政策");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("示范市2026年稳就业行动方案（演示）");
        await WebFixture.ShotAsync(page, "demo-dashboard");

        Assert.False(await seed.FillAsync(CancellationToken.None));
    }
}
