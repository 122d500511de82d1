using System.Net.Http.Headers;
using MiniExcelLibs;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Targets;

[Collection(HostCollection.Name)]
public sealed class TargetsApiTests(HostFixture host)
{
    [Fact]
    public async Task The_plan_export_opens_back_with_numbers_as_numbers_dates_as_dates_and_Chinese_headers()
    {
        var w = await ReportedWorldAsync();

        var bytes = await host.Inspector.GetByteArrayAsync($"/api/v1/plans/{w.PlanId}/export?format=xlsx");

        using var stream = new MemoryStream(bytes);
        Assert.Equal(["指标进度", "方案状态", "单位数据"], MiniExcel.GetSheetNames(stream));
        var rows = stream.Query(useHeaderRow: true, sheetName: "指标进度").Cast<IDictionary<string, object>>().ToList();
        var jobs = rows.Single(r => (string)r["指标名称"] == "城镇新增就业");
        Assert.Equal(460000d, Assert.IsType<double>(jobs["目标值"]));
        Assert.Equal(120000d, Assert.IsType<double>(jobs["累计完成"]));
        Assert.IsType<DateTime>(jobs["截至日期"]);
        var status = stream.Query(useHeaderRow: true, sheetName: "方案状态").Cast<IDictionary<string, object>>().ToList();
        var lead = status.Single(r => (string)r["单位"] == "自治区人力资源和社会保障厅");
        Assert.Equal(1d, Assert.IsType<double>(lead["报告次数"]));
        Assert.IsType<DateTime>(lead["办结期限"]);
    }

    [Fact]
    public async Task The_csv_export_starts_with_a_byte_order_mark_and_speaks_English_when_asked()
    {
        var w = await ReportedWorldAsync();

        var chinese = await host.Inspector.GetByteArrayAsync($"/api/v1/plans/{w.PlanId}/export?format=csv");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/plans/{w.PlanId}/export?format=csv");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        using var english = await host.Inspector.SendAsync(request);
        var englishText = await english.Content.ReadAsStringAsync();

        Assert.Equal([0xEF, 0xBB, 0xBF], chinese[..3]);
        var text = System.Text.Encoding.UTF8.GetString(chinese[3..]);
        Assert.StartsWith("范围,指标,指标名称,目标值", text, StringComparison.Ordinal);
        Assert.Contains(",城镇新增就业,460000,人,>=,sum,120000,", text, StringComparison.Ordinal);
        Assert.StartsWith("Scope,Target,Indicator,Target value", englishText.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(400, (await host.Inspector.GetJsonAsync($"/api/v1/plans/{w.PlanId}/export?format=pdf")).Status);
    }

    [Fact]
    public async Task Progress_as_of_a_past_instant_shows_what_was_known_then()
    {
        var w = await ReportedWorldAsync();

        var (_, now) = await host.Coordinator.GetJsonAsync($"/api/v1/plans/{w.PlanId}/progress");
        var (before, _) = await host.Coordinator.GetJsonAsync($"/api/v1/plans/{w.PlanId}/progress?as_of={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddYears(-30).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture))}");
        var (bad, problem) = await host.Coordinator.GetJsonAsync($"/api/v1/plans/{w.PlanId}/progress?as_of=yesterday");

        Assert.Equal(120000, now.GetProperty("targets")[0].GetProperty("actual").GetDecimal());
        Assert.Equal(404, before);
        Assert.Equal(400, bad);
        Assert.Equal("as_of.format", problem.Str("code"));
    }

    private async Task<ApiWorld> ReportedWorldAsync()
    {
        var w = await ApiWorld.CreateAsync(host);
        var (set, plan) = await host.Coordinator.SendAsync(HttpMethod.Put, $"/api/v1/plans/{w.PlanId}/targets", new
        {
            targets = new object[]
            {
                new { text = "实现城镇新增就业46万人以上", value = 460000, unit = "人", comparator = ">=" },
                new { text = "城镇调查失业率控制在5.5%左右", value = 5.5, unit = "%", comparator = "~" },
            },
            period_start = "2026-01-01",
            period_end = "2026-12-31",
        });
        Assert.True(set == 200, plan.ToString());
        Assert.Equal(200, (await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" })).Status);
        var (reported, body) = await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", new
        {
            narrative = "累计新增就业12万人",
            indicators = new[] { new { name = "城镇新增就业", value = 120000m, unit = "人" }, new { name = "城镇调查失业率", value = 5.3m, unit = "%" } },
        });
        Assert.True(reported == 200, body.ToString());
        return w;
    }
}
