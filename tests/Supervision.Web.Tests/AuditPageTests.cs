using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>The access audit page: a refused sign-in shows in words with its address and local time; a bad filter is named by its label; others are refused.</summary>
[Collection(WebCollection.Name)]
public sealed class AuditPageTests(WebFixture web)
{
    [Fact]
    public async Task A_refused_sign_in_shows_on_the_audit_page_in_words_with_its_address_and_never_the_password()
    {
        var password = "Pw-" + Guid.NewGuid().ToString("n");
        var stranger = await web.Browser.NewPageAsync(new() { BaseURL = web.BaseAddress, Locale = "zh-CN" });
        await stranger.GotoAsync("/login");
        await stranger.FillAsync("input[name=username]", "swt-user");
        await stranger.FillAsync("input[name=password]", password);
        await stranger.ClickAsync("button.primary");

        var page = await web.SignedInPageAsync("insp");
        await page.GotoAsync("/audit");
        await page.SelectOptionAsync("select[name=kind]", "sign_in_failed");
        await page.SelectOptionAsync("select[name=user]", "swt-user");
        await page.ClickAsync("#audit-filter button.primary");

        var row = page.Locator("#audit tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("登录被拒");
        await Assertions.Expect(row).ToContainTextAsync("swt-user");
        await Assertions.Expect(row).ToContainTextAsync("127.0.0.1");
        await Assertions.Expect(page.Locator("select[name=kind]")).ToHaveValueAsync("sign_in_failed");
        var shown = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotContain(password, shown, StringComparison.Ordinal);
        Assert.DoesNotContain("sign_in_failed", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Z", await row.Locator("td").First.InnerTextAsync(), StringComparison.Ordinal);
        await WebFixture.ShotAsync(page, "audit");
    }

    [Fact]
    public async Task A_bad_filter_is_a_400_naming_the_field_by_its_label()
    {
        var page = await web.SignedInPageAsync("insp");

        var answer = await page.GotoAsync("/audit?from=2026-05-02&to=2026-05-01");
        var bad = await page.GotoAsync("/audit?kind=sign_on");

        Assert.Equal(400, answer!.Status);
        await Assertions.Expect(page.Locator(".problem")).ToContainTextAsync("类别");
        Assert.Equal(400, bad!.Status);
        Assert.DoesNotContain("kind", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agency_user_and_the_coordinator_are_refused_the_audit_page()
    {
        foreach (var who in new[] { "rsj-user", "coord" })
        {
            var page = await web.SignedInPageAsync(who);
            var answer = await page.GotoAsync("/audit");
            Assert.Equal(403, answer!.Status);
            Assert.Equal(0, await page.Locator("#audit-filter").CountAsync());
        }
    }
}
