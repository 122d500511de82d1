using System.Net;
using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>What a page must never give away or run: another agency's work, a script in a report, a form posted from elsewhere.</summary>
[Collection(WebCollection.Name)]
public sealed class SecurityTests(WebFixture web)
{
    [Fact]
    public async Task Another_agencys_assignment_trail_and_attachment_are_not_found_by_editing_the_url()
    {
        const string Secret = "商务厅内部专项事项甲";
        var item = await web.DispatchedItemAsync(Secret, "swt");
        var assignment = $"{item}~swt";
        var owner = await web.SignedInPageAsync("swt-user");
        await owner.GotoAsync($"/assignments/{assignment}");
        await owner.FillAsync("#form-acknowledge input[name=responsible]", "李四");
        await owner.ClickAsync("#form-acknowledge button");
        await owner.FillAsync("#form-complete textarea[name=text]", "完成。");
        await owner.SetInputFilesAsync("#form-complete input[type=file]", new FilePayload { Name = "内部.txt", MimeType = "text/plain", Buffer = "机密材料"u8.ToArray() });
        await owner.ClickAsync("#form-complete button");
        var fileUrl = await owner.Locator("#attachments a").GetAttributeAsync("href");
        Assert.NotNull(fileUrl);

        var stranger = await web.SignedInPageAsync("rsj-user");
        foreach (var url in new[] { $"/assignments/{assignment}", $"/items/{item}/trail", fileUrl, $"/items/{item}/trail?handler=csv", $"/assignments/{item}~rsj" })
        {
            var answer = await stranger.APIRequest.GetAsync(url);
            Assert.Equal(404, answer.Status);
            Assert.DoesNotContain(Secret, await answer.TextAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("机密材料", await answer.TextAsync(), StringComparison.Ordinal);
        }

        await stranger.GotoAsync("/inbox");
        Assert.DoesNotContain(Secret, await stranger.ContentAsync(), StringComparison.Ordinal);
        await stranger.GotoAsync("/plans");
        Assert.DoesNotContain(Secret, await stranger.ContentAsync(), StringComparison.Ordinal);
        var inspector = await web.SignedInPageAsync("insp");
        var served = await inspector.APIRequest.GetAsync(fileUrl!);
        Assert.Equal(200, served.Status);
        Assert.StartsWith("attachment", served.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.StartsWith("text/plain", served.Headers["content-type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_holding_a_script_is_shown_as_text_and_never_runs()
    {
        var item = await web.DispatchedItemAsync("脚本注入检查事项", "czt");
        var page = await web.SignedInPageAsync("czt-user");
        await page.GotoAsync($"/assignments/{item}~czt");
        await page.FillAsync("#form-acknowledge input[name=responsible]", "<img src=x onerror=\"window.__pwned=1\">");
        await page.ClickAsync("#form-acknowledge button");
        await page.FillAsync("#form-report textarea[name=text]", "<script>window.__pwned=2</script>进展");
        await page.ClickAsync("#form-report button");
        await Assertions.Expect(page.Locator("#reports")).ToContainTextAsync("<script>window.__pwned=2</script>进展");
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(0, await page.Locator("#reports script").CountAsync());
        var office = await web.SignedInPageAsync("coord");
        await office.GotoAsync($"/items/{item}/trail");
        await Assertions.Expect(office.Locator("#trail")).ToContainTextAsync("<script>");
        Assert.Equal("undefined", await office.EvaluateAsync<string>("typeof window.__pwned"));
    }

    [Fact]
    public async Task Pages_carry_strict_headers_and_a_form_posted_without_its_token_is_refused()
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(web.BaseAddress) };
        using var login = await anonymous.GetAsync("/login");
        Assert.Equal("nosniff", login.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", login.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", login.Headers.GetValues("Referrer-Policy").Single());
        var csp = login.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);

        using var forged = await anonymous.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "coord", ["password"] = WebFixture.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain(forged.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("supervision=", StringComparison.Ordinal)));

        var page = await web.SignedInPageAsync("coord");
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "supervision");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_chinese_and_repeated_failures_are_throttled()
    {
        var context = await web.Browser.NewContextAsync(new() { BaseURL = web.BaseAddress });
        var page = await context.NewPageAsync();
        string? problem = null;
        for (var attempt = 0; attempt < 12 && problem?.Contains("过多", StringComparison.Ordinal) != true; attempt++)
        {
            await page.GotoAsync("/login");
            await page.FillAsync("input[name=username]", "nobody-here");
            await page.FillAsync("input[name=password]", "wrong-password-123");
            await page.ClickAsync("button.primary");
            problem = await page.Locator(".problem").InnerTextAsync();
            if (attempt == 0)
            {
                Assert.Equal("用户名或密码错误。", problem);
            }
        }

        Assert.Equal("此用户从该地址登录失败次数过多，请一分钟后再试。", problem);
    }
}
