using System.Net.Http.Json;
using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>The office and the administrator pick agencies and items by name, and a refused form keeps what they chose and typed.</summary>
[Collection(WebCollection.Name)]
public sealed class OfficeFormsTests(WebFixture web)
{
    [Fact]
    public async Task The_office_settles_a_dispute_by_picking_the_agency_by_name_after_a_refusal_that_names_the_picker_by_its_label()
    {
        var item = await web.DispatchedItemAsync("开展跨省劳务协作", "swt");
        var agencyApi = await web.SignInAsync("swt-user", WebFixture.Password);
        await WebFixture.PostAsync(agencyApi, $"/api/v1/assignments/{item}~swt/dispute", new { reason = "劳务协作由人社厅牵头" });
        var office = await web.SignedInPageAsync("coord");
        await office.GotoAsync($"/assignments/{item}~swt");
        await office.FillAsync("#form-dispute-resolve textarea[name=text]", "同意改派");
        await office.ClickAsync("#form-dispute-resolve button[value=UpholdDisputeReassign]");

        await Assertions.Expect(office.Locator("#form-dispute-resolve .field-error")).ToHaveTextAsync("「改派给」为必填项，不能为空。");
        await Assertions.Expect(office.Locator("#form-dispute-resolve textarea[name=text]")).ToHaveValueAsync("同意改派");
        Assert.DoesNotContain("to_agency_id", await office.Locator("body").InnerTextAsync(), StringComparison.Ordinal);

        await office.SelectOptionAsync("#form-dispute-resolve select[name=toAgency]", new SelectOptionValue { Label = "自治区人力资源和社会保障厅" });
        await office.ClickAsync("#form-dispute-resolve button[value=UpholdDisputeReassign]");

        await Assertions.Expect(office.Locator(".done")).ToBeVisibleAsync();
        using var reassigned = await web.Coordinator.GetAsync($"/api/v1/assignments/{item}~rsj");
        Assert.True(reassigned.IsSuccessStatusCode, $"no assignment for the agency picked: {(int)reassigned.StatusCode}");
    }

    [Fact]
    public async Task A_campaign_refused_for_its_dates_keeps_the_theme_and_the_agencies_ticked_by_name()
    {
        var office = await web.SignedInPageAsync("coord");
        await office.GotoAsync("/campaigns");
        await office.FillAsync("#open-campaign input[name=theme]", "创业担保贷款专项督导");
        await office.FillAsync("#open-campaign input[name=starts]", "2031-05-01");
        await office.FillAsync("#open-campaign input[name=ends]", "2031-04-01");
        var agencies = office.Locator("#open-campaign fieldset", new() { HasText = "单位（可不选）" });
        await agencies.Locator("summary").First.ClickAsync();
        await agencies.GetByLabel("自治区财政厅").CheckAsync();
        await office.ClickAsync("#open-campaign button");

        await Assertions.Expect(office.Locator("#open-campaign input[name=theme]")).ToHaveValueAsync("创业担保贷款专项督导");
        await Assertions.Expect(agencies.GetByLabel("自治区财政厅")).ToBeCheckedAsync();
        await Assertions.Expect(agencies.GetByLabel("自治区商务厅")).Not.ToBeCheckedAsync();
        await Assertions.Expect(office.Locator(".problem")).ToHaveTextAsync("结束日期不能早于开始日期。");
        await WebFixture.ShotAsync(office, "office-campaign-refused");
    }

    [Fact]
    public async Task Adding_a_user_with_a_refused_password_keeps_every_other_field_and_never_the_password()
    {
        using var created = await web.Admin.PostAsJsonAsync("/api/v1/users", new { username = "admin-forms", display_name = "管理员", role = "admin", password = WebFixture.Password });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var admin = await web.SignedInPageAsync("admin-forms");
        await admin.GotoAsync("/users");
        await admin.FillAsync("#add-user input[name=username]", "swt-liaison");
        await admin.FillAsync("#add-user input[name=displayName]", "商务厅联络员");
        await admin.SelectOptionAsync("#add-user select[name=role]", "agency");
        await admin.SelectOptionAsync("#add-user select[name=agencyId]", new SelectOptionValue { Label = "自治区商务厅" });
        await admin.FillAsync("#add-user input[name=password]", "short");
        await admin.EvalOnSelectorAsync("#add-user", "form => form.noValidate = true"); // the server's refusal is what is tested, not the browser's
        await admin.ClickAsync("#add-user button");

        await Assertions.Expect(admin.Locator("#add-user .field-error")).ToHaveTextAsync("「初始密码」至少需要 10 个字符。");
        await Assertions.Expect(admin.Locator("#add-user input[name=username]")).ToHaveValueAsync("swt-liaison");
        await Assertions.Expect(admin.Locator("#add-user input[name=displayName]")).ToHaveValueAsync("商务厅联络员");
        await Assertions.Expect(admin.Locator("#add-user select[name=role]")).ToHaveValueAsync("agency");
        await Assertions.Expect(admin.Locator("#add-user select[name=agencyId]")).ToHaveValueAsync("swt");
        await Assertions.Expect(admin.Locator("#add-user input[name=password]")).ToHaveValueAsync("");
    }
}
