using Microsoft.Playwright;
using Supervision.Tests.Shared;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>The administrator's and the office's own pages: users, the agency registry, the import of a plan document.</summary>
[Collection(WebCollection.Name)]
public sealed class OfficePagesTests(WebFixture web)
{
    [Fact]
    public async Task An_administrator_adds_an_agency_user_who_can_then_sign_in_to_the_agency_inbox()
    {
        var admin = await web.Browser.NewContextAsync(new() { BaseURL = web.BaseAddress });
        var page = await admin.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=username]", "admin");
        await page.FillAsync("input[name=password]", InitialAdmin.Password(web.DataDirectory));
        await page.ClickAsync("button.primary");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("用户");
        await page.FillAsync("#add-user input[name=username]", "liaison-czt");
        await page.FillAsync("#add-user input[name=displayName]", "赵联络");
        await page.SelectOptionAsync("#add-user select[name=role]", "agency");
        await page.SelectOptionAsync("#add-user select[name=agencyId]", new SelectOptionValue { Label = "自治区财政厅" });
        await page.FillAsync("#add-user input[name=password]", WebFixture.Password);
        await WebFixture.ShotAsync(page, "admin-users");
        await page.ClickAsync("#add-user button");
        await Assertions.Expect(page.Locator("#users")).ToContainTextAsync("赵联络");
        await Assertions.Expect(page.Locator(".done")).ToContainTextAsync("liaison-czt");

        var liaison = await web.SignedInPageAsync("liaison-czt");
        await Assertions.Expect(liaison.Locator("h1")).ToContainTextAsync("自治区财政厅");
    }

    [Fact]
    public async Task The_office_imports_the_seed_document_corrects_an_unknown_agency_beside_its_line_and_commits_the_plan()
    {
        var seed = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed.txt"));
        seed[17] = "牵头单位:自治区星际贸易局、自治区发展改革委"; // line 18: an agency the registry does not know
        var page = await web.SignedInPageAsync("coord");
        await page.GotoAsync("/import");
        await page.SetInputFilesAsync("#upload input[type=file]", new FilePayload
        {
            Name = "就业方案.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', seed)),
        });
        await page.ClickAsync("#upload button");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("2022年自治区扩大就业惠民工程实施方案");
        Assert.Equal(21, await page.Locator("#draft-items tbody tr").CountAsync());
        var row = page.Locator("#draft-17");
        await Assertions.Expect(row).ToContainTextAsync("第18行");
        await Assertions.Expect(row).ToContainTextAsync("单位「自治区星际贸易局」尚未登记");
        await WebFixture.ShotAsync(page, "office-import-preview");

        await page.ClickAsync("#commit button");
        await Assertions.Expect(page.Locator(".problem")).ToBeVisibleAsync();

        await row.Locator("input[name=lead]").FillAsync("自治区工信厅、自治区发展改革委");
        await row.Locator("button", new() { HasText = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator(".done")).ToContainTextAsync("草稿已修改");
        await Assertions.Expect(page.Locator("#draft-17")).Not.ToContainTextAsync("尚未登记");
        await page.ClickAsync("#commit button");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("2022年自治区扩大就业惠民工程实施方案");
        Assert.Equal(21, await page.Locator("section[id^=item-]").CountAsync());
        // The issue date as people in China write it, not in the server culture's month-first form.
        await Assertions.Expect(page.Locator("#plan-issued")).ToContainTextAsync("2022-03-24");
        await Assertions.Expect(page.Locator("section[id^=item-]").First).ToContainTextAsync("自治区发展改革委");
        await WebFixture.ShotAsync(page, "office-plan");
        await page.Locator("section[id^=item-]").First.Locator("button", new() { HasText = "交办" }).ClickAsync();
        await Assertions.Expect(page.Locator(".done")).ToContainTextAsync("已交办");
    }
}
