using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Calendar;

/// <summary>
/// <c>Supervision:TimeZone</c> is the office's zone everywhere: an office in Ürümqi (UTC+6, two hours behind Beijing) has its
/// due days end at 23:59:59 there, its evaluation periods run from and to its own midnights, and its workbook shows its own clock.
/// </summary>
public sealed class OfficeZoneTests
{
    private static readonly TimeSpan Urumqi = TimeSpan.FromHours(6);

    [Fact]
    public async Task An_office_in_another_zone_sees_due_times_evaluation_periods_and_exported_dates_in_its_own_zone()
    {
        var dispatchedAt = new DateTimeOffset(2022, 9, 30, 10, 0, 0, Urumqi);
        var clock = new FakeTimeProvider(dispatchedAt);
        await using var host = new OwnHost(null, "--Supervision:TimeZone", "Asia/Urumqi");
        await host.StartAsync(clock: clock);
        using var coordinator = await host.UserAsync("coord", "coordinator", null);
        await coordinator.PostAsync("/api/v1/agencies", new { id = "hrss", name = "自治区人力资源和社会保障厅" });
        await coordinator.PostAsync("/api/v1/plans", new { id = "p1", title = "方案", items = new[] { new { @ref = "二(一)", title = "行动", lead = new[] { "hrss" }, due = "2022-12-31" } } });
        Assert.Equal(200, (await coordinator.PostAsync("/api/v1/items/p1.1/dispatch")).Status);
        var (_, assignment) = await coordinator.GetJsonAsync("/api/v1/assignments/p1.1~hrss");
        var acknowledgeBy = assignment.GetProperty("acknowledge_by").GetDateTimeOffset().ToOffset(Urumqi);
        var dueDay = acknowledgeBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // The evaluation ends on the day acknowledgement fell due: in Beijing that day ended two hours before the deadline passed.
        clock.SetUtcNow(acknowledgeBy.AddDays(3));
        var (created, opened) = await coordinator.PostAsync("/api/v1/evaluations", new { id = "e1", title = "考核", from = "2022-01-01", to = dueDay, plan_id = "p1" });
        Assert.True(created == 201, opened.ToString());
        var (_, evaluation) = await coordinator.GetJsonAsync("/api/v1/evaluations/e1");
        using var workbook = new MemoryStream(await coordinator.GetByteArrayAsync("/api/v1/evaluations/e1/export?format=xlsx"));

        Assert.Equal(new DateTimeOffset(2022, 10, 10, 23, 59, 59, Urumqi), acknowledgeBy);
        Assert.Equal(new DateTimeOffset(2022, 10, 8, 23, 59, 59, Urumqi), assignment.GetProperty("owed")[0].GetProperty("next_step_at").GetDateTimeOffset());
        var lines = evaluation.GetProperty("sheet").GetProperty("agencies").EnumerateArray().Single().GetProperty("lines").EnumerateArray()
            .Select(l => l.Str("zh")).ToList();
        Assert.Contains($"未按期签收 二(一)（截止 {dueDay}）", lines);
        var score = Rows(workbook, "得分").Single();
        Assert.Equal(clock.GetUtcNow().ToOffset(Urumqi).DateTime, score["计算截至"]);
        var line = Rows(workbook, "扣分明细").Single(r => ((string)r["说明"]!).StartsWith("未按期签收", StringComparison.Ordinal));
        Assert.Equal(dispatchedAt.DateTime, line["事件时间"]);
    }

    private static List<IDictionary<string, object?>> Rows(Stream workbook, string sheet) =>
        [.. MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];
}
