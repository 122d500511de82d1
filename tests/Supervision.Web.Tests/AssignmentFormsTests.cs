using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>The assignment page's forms when one is refused: what was typed stays, the error stands beside its field by its label, and the next form still does its own job.</summary>
[Collection(WebCollection.Name)]
public sealed class AssignmentFormsTests(WebFixture web)
{
    [Fact]
    public async Task An_extension_refused_for_a_blank_reason_keeps_the_date_and_a_progress_report_sent_next_on_the_same_page_is_recorded()
    {
        var page = await AcknowledgedPageAsync("推进零就业家庭动态清零", "rsj");
        await page.FillAsync("#form-extension input[name=date]", "2031-03-31");
        await page.FillAsync("#form-extension textarea[name=reason]", "   ");
        await page.ClickAsync("#form-extension button");

        var reason = page.Locator("#form-extension textarea[name=reason]");
        await Assertions.Expect(page.Locator("#form-extension input[name=date]")).ToHaveValueAsync("2031-03-31");
        await Assertions.Expect(reason).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(reason).ToHaveAccessibleDescriptionAsync("「延期理由」为必填项，不能为空。");
        await Assertions.Expect(page.Locator("#form-extension .field-error")).ToHaveTextAsync("「延期理由」为必填项，不能为空。");
        Assert.Contains("handler=extension", page.Url, StringComparison.Ordinal); // the address the defect began from
        await WebFixture.ShotAsync(page, "agency-extension-refused");

        await page.FillAsync("#form-report textarea[name=text]", "本月新增就业岗位 800 个。");
        await page.ClickAsync("#form-report button");

        await Assertions.Expect(page.Locator(".done")).ToContainTextAsync("报送进展");
        await Assertions.Expect(page.Locator("#reports")).ToContainTextAsync("本月新增就业岗位 800 个。");
    }

    [Fact]
    public async Task A_completion_with_a_file_of_the_wrong_type_keeps_the_text_and_says_to_choose_the_files_again()
    {
        var page = await AcknowledgedPageAsync("完善就业困难人员认定办法", "czt");
        await page.FillAsync("#form-complete textarea[name=text]", "已出台认定办法并印发各地。");
        await page.SetInputFilesAsync("#form-complete input[type=file]", new FilePayload { Name = "办法.pdf", MimeType = "application/pdf", Buffer = "not a pdf"u8.ToArray() });
        await page.ClickAsync("#form-complete button");

        await Assertions.Expect(page.Locator("#form-complete textarea[name=text]")).ToHaveValueAsync("已出台认定办法并印发各地。");
        await Assertions.Expect(page.Locator("#form-complete .field-note")).ToContainTextAsync("请重新选择");
        await Assertions.Expect(page.Locator("#form-complete .field-error")).ToContainTextAsync("附件「办法.pdf」的类型不受支持");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("办理中");
        await WebFixture.ShotAsync(page, "agency-completion-refused");
    }

    [Fact]
    public async Task The_indicator_form_refused_for_a_value_that_is_not_a_number_keeps_every_value()
    {
        var item = await web.DispatchedItemAsync("实施高校毕业生就业促进行动", "swt");
        var plan = item[..item.LastIndexOf('.')];
        using var targets = await web.Coordinator.PutAsync($"/api/v1/plans/{plan}/targets", System.Net.Http.Json.JsonContent.Create(new
        {
            targets = new[] { new { text = "高校毕业生就业率90%以上", value = 90, unit = "%", comparator = ">=" } },
        }));
        Assert.True(targets.IsSuccessStatusCode, await targets.Content.ReadAsStringAsync());
        var page = await AcknowledgedPageAsync(null, "swt", item);
        await page.ClickAsync("#agency-links a[href='#form-report']");
        await page.FillAsync("#narrative", "截至本月底的毕业生就业情况");
        await page.FillAsync("#value-0", "九十二");
        await page.FillAsync("#form-report input[name=indicatorName]:not([type=hidden])", "见习岗位");
        await page.Locator("#form-report input[name=indicatorValue]").Last.FillAsync("1200");
        await page.ClickAsync("#form-report button");

        await Assertions.Expect(page.Locator("#value-0")).ToHaveValueAsync("九十二");
        await Assertions.Expect(page.Locator("#value-0")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#narrative")).ToHaveValueAsync("截至本月底的毕业生就业情况");
        await Assertions.Expect(page.Locator("#form-report input[name=indicatorName]:not([type=hidden])")).ToHaveValueAsync("见习岗位");
        await Assertions.Expect(page.Locator("#form-report input[name=indicatorValue]").Last).ToHaveValueAsync("1200");
        await Assertions.Expect(page.Locator("#form-report .field-error")).ToContainTextAsync("须为数字");
        await WebFixture.ShotAsync(page, "agency-indicators-refused");
    }

    [Fact]
    public async Task In_english_a_refused_extension_names_the_reason_by_its_english_label()
    {
        var page = await AcknowledgedPageAsync("Support flexible employment", "rsj");
        await page.ClickAsync("text=English");
        await page.FillAsync("#form-extension input[name=date]", "2031-03-31");
        await page.FillAsync("#form-extension textarea[name=reason]", " ");
        await page.ClickAsync("#form-extension button");

        await Assertions.Expect(page.Locator("#form-extension .field-error")).ToHaveTextAsync("\"Why more time is needed\" is required and may not be blank.");
        await Assertions.Expect(page.Locator(".problem")).ToHaveTextAsync("\"Why more time is needed\" is required and may not be blank.");
        await Assertions.Expect(page.Locator("#form-extension input[name=date]")).ToHaveValueAsync("2031-03-31");
    }

    private async Task<IPage> AcknowledgedPageAsync(string? title, string agency, string? item = null)
    {
        item ??= await web.DispatchedItemAsync(title!, agency);
        var api = await web.SignInAsync($"{agency}-user", WebFixture.Password);
        await WebFixture.PostAsync(api, $"/api/v1/assignments/{item}~{agency}/acknowledge", new { responsible_name = "王晓明" });
        var page = await web.SignedInPageAsync($"{agency}-user");
        await page.GotoAsync($"/assignments/{item}~{agency}");
        return page;
    }
}
