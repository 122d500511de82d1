using System.Text.RegularExpressions;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>The plan's status chart: dates as 2026-12-07 in the office's zone, never month-first; words in the reader's language.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ChartTests(WebFixture web)
{
    [Fact]
    public async Task The_status_chart_dates_its_axis_in_iso_form_and_names_the_statuses_in_the_readers_language()
    {
        var item = await web.DispatchedItemAsync("健全就业公共服务体系", "rsj");
        var plan = item[..item.LastIndexOf('.')];
        var office = await web.SignedInPageAsync("coord");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var chinese = await (await office.APIRequest.GetAsync($"/plans/{plan}?handler=chart")).TextAsync();
        Assert.Contains(today, chinese, StringComparison.Ordinal);
        Assert.DoesNotMatch(MonthFirst(), chinese);
        Assert.Contains("已下发", chinese, StringComparison.Ordinal);
        Assert.Contains("各状态任务数变化", chinese, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(WebFixture.Screenshots, "status-chart-new-plan.svg"), chinese);

        await office.GotoAsync("/ui/lang/en?back=/plans");
        var english = await (await office.APIRequest.GetAsync($"/plans/{plan}?handler=chart")).TextAsync();
        Assert.Contains(today, english, StringComparison.Ordinal);
        Assert.Contains("Assignments by status over time", english, StringComparison.Ordinal);
        Assert.Contains("Dispatched", english, StringComparison.Ordinal);
        Assert.DoesNotContain("已下发", english, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}/\d{4}\b")]
    private static partial Regex MonthFirst();
}
