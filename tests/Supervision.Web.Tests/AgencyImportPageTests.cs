using System.Text;
using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>The office loads a registry of agencies from its page: a refused file, problems by line, then a clean file committed.</summary>
[Collection(WebCollection.Name)]
public sealed class AgencyImportPageTests(WebFixture web)
{
    [Fact]
    public async Task The_office_sees_problems_by_line_fixes_the_file_and_commits_the_registry_with_parents_by_name()
    {
        var t = $"w{Guid.NewGuid():n}"[..8];
        var office = await web.SignedInPageAsync("coord");
        await office.GotoAsync("/agencies");
        await office.ClickAsync("#import-link");

        await Upload(office, "错误.csv", "甲,乙\n");
        await Assertions.Expect(office.Locator(".problem")).ToContainTextAsync("id、name、parent_id");
        await Assertions.Expect(office.Locator("#upload-registry .field-note")).ToContainTextAsync("请重新选择");

        await Upload(office, "名录.csv", $"id,name,parent_id\n{t}-p,和田地区人民政府,\n{t}-c,和田县人民政府,{t}-nowhere\n");
        await Assertions.Expect(office.Locator("#registry-problems")).ToContainTextAsync("第 3 行的上级编号");
        await Assertions.Expect(office.Locator("#commit-registry")).ToHaveCountAsync(0);

        await Upload(office, "名录.csv", $"id,name,parent_id\n{t}-p,和田地区人民政府,\n{t}-c,和田县人民政府,{t}-p\n");
        await Assertions.Expect(office.Locator("#registry-changes")).ToContainTextAsync("上级：和田地区人民政府");
        await office.ClickAsync("#commit-registry button");

        await Assertions.Expect(office.Locator(".done").First).ToContainTextAsync("单位名录已导入");
        await office.GotoAsync("/agencies");
        await Assertions.Expect(office.Locator("#agencies tr", new() { HasText = "和田县人民政府" })).ToContainTextAsync("和田地区人民政府");
        await office.GotoAsync($"/agencies/{t}-c/edit");
        await Assertions.Expect(office.Locator("#edit-parent select option:checked")).ToHaveTextAsync("和田地区人民政府");
    }

    [Fact]
    public async Task A_prefecture_finds_the_import_in_its_menu_sees_a_row_outside_its_subtree_refused_and_commits_its_counties()
    {
        var t = $"w{Guid.NewGuid():n}"[..8];
        await WebFixture.PostAsync(web.Admin, "/api/v1/agencies", new { id = $"{t}-p", name = "吐鲁番市人民政府" });
        await WebFixture.PostAsync(web.Admin, "/api/v1/users", new { username = $"{t}-user", display_name = "吐鲁番市联络员", role = "agency", agency_id = $"{t}-p", password = WebFixture.Password });
        var prefecture = await web.SignedInPageAsync($"{t}-user");
        await prefecture.GotoAsync("/inbox");
        await prefecture.ClickAsync("nav a[href='/agencies/import']");
        await Assertions.Expect(prefecture.Locator("#keeper-rule")).ToContainTextAsync("吐鲁番市人民政府可登记和调整其下级单位");

        await Upload(prefecture, "下级单位.csv", $"id,name,parent_id\n{t}-1,高昌区人民政府,{t}-p\n{t}-2,某厅,swt\n");
        await Assertions.Expect(prefecture.Locator("#registry-problems")).ToContainTextAsync("第 3 行的单位「某厅」的上级不在吐鲁番市人民政府之下");
        await Assertions.Expect(prefecture.Locator("#commit-registry")).ToHaveCountAsync(0);

        await Upload(prefecture, "下级单位.csv", $"id,name,parent_id\n{t}-1,高昌区人民政府,{t}-p\n{t}-2,鄯善县人民政府,{t}-p\n");
        await prefecture.ClickAsync("#commit-registry button");

        await Assertions.Expect(prefecture.Locator(".done").First).ToContainTextAsync("单位名录已导入");
        var subtree = await web.Admin.GetStringAsync(new Uri($"/api/v1/agencies/{t}-p/subtree", UriKind.Relative));
        Assert.Contains("鄯善县人民政府", subtree, StringComparison.Ordinal);
    }

    private static async Task Upload(IPage page, string name, string text)
    {
        await page.SetInputFilesAsync("#upload-registry input[type=file]", new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) });
        await page.ClickAsync("#upload-registry button");
    }
}
