using MiniExcelLibs;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Evaluations;

[Collection(HostCollection.Name)]
public sealed class EvaluationExportTests(HostFixture host)
{
    [Fact]
    public async Task The_workbook_reads_back_with_chinese_headers_numbers_as_numbers_and_dates_as_dates()
    {
        var w = await EvaluatedAsync();

        var bytes = await host.Coordinator.GetByteArrayAsync($"/api/v1/evaluations/e-{w.Tag}/export?format=xlsx");

        using var stream = new MemoryStream(bytes);
        Assert.Equal(["得分", "扣分明细", "表扬名单", "通报名单"], MiniExcel.GetSheetNames(stream));
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "得分").Cast<IDictionary<string, object?>>().ToList();
        var lead = Assert.Single(rows, r => (string?)r["单位编号"] == w.Lead);
        Assert.IsType<double>(lead["总分"]);
        Assert.Equal(15d, lead["按时签收"]);
        var criteria = new[] { "按时签收", "按时报送", "审核通过率", "序时进度", "逾期升级", "重大问题" };
        Assert.Equal((double)lead["总分"]!, criteria.Sum(c => (double)lead[c]!), 2);
        Assert.IsType<DateTime>(lead["计算截至"]);
        Assert.Equal("自治区人力资源和社会保障厅", lead["单位"]);
    }

    [Fact]
    public async Task The_csv_starts_with_a_byte_order_mark_and_chinese_headers_and_a_bad_format_is_refused()
    {
        var w = await EvaluatedAsync();

        var csv = await host.Coordinator.GetByteArrayAsync($"/api/v1/evaluations/e-{w.Tag}/export?format=csv");
        var (refused, problem) = await host.Coordinator.GetJsonAsync($"/api/v1/evaluations/e-{w.Tag}/export?format=pdf");

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.StartsWith("排名,单位编号,单位,总分,按时签收", System.Text.Encoding.UTF8.GetString(csv[3..]), StringComparison.Ordinal);
        Assert.Equal(400, refused);
        Assert.Equal("export.format", problem.Str("code"));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("no-such-plan")]
    public async Task An_evaluation_of_a_blank_or_unknown_plan_is_refused_naming_the_plan_field(string plan)
    {
        var (status, problem) = await host.Coordinator.SendAsync(HttpMethod.Post, "/api/v1/evaluations",
            new { id = $"e-blank-{Guid.NewGuid():n}"[..20], title = "考核", from = "2026-01-01", to = "2026-12-31", plan_id = plan });

        Assert.Equal(400, status);
        Assert.Equal("evaluation.unknown_plan", problem.Str("code"));
        Assert.Equal("plan_id", problem.Str("field"));
    }

    [Fact]
    public async Task An_agency_sees_its_own_score_and_findings_and_nobody_else_s()
    {
        var w = await EvaluatedAsync();
        await host.Coordinator.PostAsync("/api/v1/campaigns", new { id = $"c-{w.Tag}", theme = "专项督导", starts = "2022-01-01", ends = "2030-12-31", item_ids = new[] { w.ItemId } });
        await host.Coordinator.PostAsync($"/api/v1/campaigns/c-{w.Tag}/findings", new
        {
            assignment_id = w.LeadAssignment, severity = "serious", text = "台账不全",
            due = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        var (_, coopView) = await w.CoopUser.GetJsonAsync($"/api/v1/evaluations/e-{w.Tag}");
        var (coopReport, _) = await w.CoopUser.GetJsonAsync($"/api/v1/campaigns/c-{w.Tag}");
        var (coopRectifies, _) = await w.CoopUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/findings/1/rectification", new { text = "x" });
        var (leadReport, own) = await w.LeadUser.GetJsonAsync($"/api/v1/campaigns/c-{w.Tag}");
        var (inspectorCloses, _) = await host.Inspector.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/findings/1/review", new { decision = "close" });

        Assert.All(coopView.GetProperty("sheet").GetProperty("agencies").EnumerateArray(), a => Assert.Equal(w.Coop, a.Str("agency_id")));
        Assert.Equal(404, coopReport);
        Assert.Equal(403, coopRectifies);
        Assert.Equal(200, leadReport);
        Assert.Equal(w.Lead, Assert.Single(own.GetProperty("findings").EnumerateArray()).Str("agency_id"));
        Assert.Equal(403, inspectorCloses);
    }

    private async Task<ApiWorld> EvaluatedAsync()
    {
        var w = await ApiWorld.CreateAsync(host);
        var (acknowledged, _) = await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });
        var (created, answer) = await host.Coordinator.PostAsync("/api/v1/evaluations", new { id = $"e-{w.Tag}", title = "年度考核", from = "2022-01-01", to = "2030-12-31", plan_id = w.PlanId });
        Assert.Equal(200, acknowledged);
        Assert.True(created == 201, $"{created} {answer}");
        return w;
    }
}
