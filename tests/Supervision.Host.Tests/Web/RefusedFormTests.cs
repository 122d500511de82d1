using System.Net;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Web;

/// <summary>The assignment page's forms over HTTP: a refused form keeps what was typed and names the field by its label; no form answers for another.</summary>
[Collection(HostCollection.Name)]
public sealed class RefusedFormTests(HostFixture host)
{
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task A_refused_extension_keeps_the_date_names_its_reason_by_the_label_and_the_report_form_still_posts_to_its_own_handler()
    {
        var (w, agency) = await AcknowledgedAsync();
        var page = await PageForm.GetAsync(agency, $"/assignments/{w.LeadAssignment}");

        var (status, refused) = await page.PostAsync("form-extension", ("date", "2030-06-30"), ("reason", ""));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var extension = refused.Form("form-extension");
        Assert.Contains("value=\"2030-06-30\"", extension, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", extension, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"form-extension-error\">「延期理由」为必填项，不能为空。</p>", extension, StringComparison.Ordinal);
        Assert.DoesNotContain("「reason」", refused.Html, StringComparison.Ordinal);
        Assert.Equal($"/assignments/{w.LeadAssignment}", refused.Action("form-report"));
        Assert.DoesNotContain("aria-invalid", refused.Form("form-report"), StringComparison.Ordinal);

        var (reported, _) = await refused.PostAsync("form-report", ("move", "SubmitReport"), ("text", "一季度新增就业12万人"),
            ("indicatorValue", "120000"), ("indicatorName", ""), ("indicatorValue", ""), ("indicatorUnit", ""));

        Assert.Equal(HttpStatusCode.Redirect, reported);
        var (_, reports) = await w.LeadUser.GetJsonAsync($"/api/v1/assignments/{w.LeadAssignment}/reports");
        var report = Assert.Single(reports.EnumerateArray());
        Assert.Equal("一季度新增就业12万人", report.Str("narrative"));
        Assert.Equal(120000m, report.GetProperty("indicators")[0].GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task A_report_with_a_value_that_is_not_a_number_is_refused_keeping_every_value_and_naming_the_indicator()
    {
        var (w, agency) = await AcknowledgedAsync();
        var page = await PageForm.GetAsync(agency, $"/assignments/{w.LeadAssignment}");

        var (status, refused) = await page.PostAsync("form-report", ("move", "SubmitReport"), ("text", "新增就业情况"),
            ("indicatorValue", "十二万"), ("indicatorName", "零就业家庭"), ("indicatorValue", "35"), ("indicatorUnit", "户"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var form = refused.Form("form-report");
        Assert.Contains("新增就业情况</textarea>", form, StringComparison.Ordinal);
        Assert.Contains("value=\"十二万\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"零就业家庭\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"35\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"户\"", form, StringComparison.Ordinal);
        Assert.Contains("「城镇新增就业」须为数字", form, StringComparison.Ordinal);
        Assert.DoesNotContain("indicatorValue[", refused.Html, StringComparison.Ordinal);
        var (_, reports) = await w.LeadUser.GetJsonAsync($"/api/v1/assignments/{w.LeadAssignment}/reports");
        Assert.Empty(reports.EnumerateArray());
    }

    [Fact]
    public async Task The_old_indicator_address_leads_to_the_one_progress_report_form()
    {
        var (w, agency) = await AcknowledgedAsync();

        using var response = await agency.GetAsync($"/assignments/{w.LeadAssignment}/indicators");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/assignments/{w.LeadAssignment}#form-report", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_office_marks_a_model_practice_from_the_report_row_and_the_row_then_says_so()
    {
        var (w, _) = await AcknowledgedAsync();
        Assert.Equal(200, (await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", new { narrative = "建立就业帮扶台账，经验可推广" })).Status);
        await host.UserAsync($"office-{w.Tag}", "coordinator", null);
        var office = await PageForm.SignInAsync(host.BaseAddress, $"office-{w.Tag}", Password);
        var page = await PageForm.GetAsync(office, $"/assignments/{w.LeadAssignment}");

        var (status, _) = await page.PostAsync("practice-1", ("note", "台账做法可推广"));

        Assert.Equal(HttpStatusCode.Redirect, status);
        var after = await PageForm.GetAsync(office, $"/assignments/{w.LeadAssignment}");
        Assert.Contains("已标记为典型经验", after.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"practice-1\"", after.Html, StringComparison.Ordinal);
    }

    private async Task<(ApiWorld World, HttpClient Agency)> AcknowledgedAsync()
    {
        var w = await ApiWorld.CreateAsync(host);
        Assert.Equal(200, (await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" })).Status);
        return (w, await PageForm.SignInAsync(host.BaseAddress, $"u-{w.Lead}", Password));
    }
}
