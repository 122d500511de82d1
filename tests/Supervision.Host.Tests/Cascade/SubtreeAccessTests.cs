using System.Text.Json;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Cascade;

/// <summary>
/// Access by subtree over HTTP: 乌鲁木齐市 reads its districts' sub-assignments in every list (plans, colours, trail,
/// review queue) and reviews them; 天山区 reads its own part and the item, never its sibling's; 克拉玛依市, a neighbouring
/// prefecture, sees none of it; the inspector reads all and writes nothing.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SubtreeAccessTests(HostFixture host)
{
    private const string Urumqi = "xj-6501";
    private const string Tianshan = "xj-650102";
    private const string Saybag = "xj-650103";

    [Fact]
    public async Task A_prefecture_reads_its_counties_work_in_every_list_and_a_neighbouring_prefecture_sees_none_of_it()
    {
        var (prefecture, neighbour, county, item, plan) = await CascadedAsync();

        var (_, plans) = await prefecture.GetJsonAsync("/api/v1/plans");
        var (_, colours) = await prefecture.GetJsonAsync($"/api/v1/rag?agency_id={Urumqi}");
        var (_, trail) = await prefecture.GetJsonAsync($"/api/v1/items/{item}/trail");
        var (_, queue) = await prefecture.GetJsonAsync("/api/v1/review-queue");
        var (_, neighbourPlans) = await neighbour.GetJsonAsync("/api/v1/plans");
        var (neighbourItem, _) = await neighbour.GetJsonAsync($"/api/v1/items/{item}");
        var (neighbourTrail, _) = await neighbour.GetJsonAsync($"/api/v1/items/{item}/trail");
        var (_, neighbourQueue) = await neighbour.GetJsonAsync("/api/v1/review-queue");

        Assert.Contains(Ids(plans), p => p == plan);
        Assert.Contains(colours.GetProperty("by_agency").EnumerateArray(), g => g.Str("id") == Tianshan);
        Assert.Contains(Streams(trail), s => s == $"assignment-{item}~{Tianshan}");
        Assert.Contains(queue.EnumerateArray(), l => (l.Str("assignment_id"), l.Str("kind")) == ($"{item}~{Tianshan}", "report"));
        Assert.DoesNotContain(Ids(neighbourPlans), p => p == plan);
        Assert.Equal((404, 404), (neighbourItem, neighbourTrail));
        Assert.DoesNotContain(neighbourQueue.EnumerateArray(), l => l.Str("assignment_id").StartsWith(item, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_county_reads_the_item_and_its_own_part_but_not_its_siblings_nor_its_parents_and_reviews_nothing()
    {
        var (_, _, county, item, _) = await CascadedAsync();

        var (itemStatus, _) = await county.GetJsonAsync($"/api/v1/items/{item}");
        var (sibling, _) = await county.GetJsonAsync($"/api/v1/assignments/{item}~{Saybag}");
        var (parent, _) = await county.GetJsonAsync($"/api/v1/assignments/{item}~{Urumqi}");
        var (_, trail) = await county.GetJsonAsync($"/api/v1/items/{item}/trail");
        var (_, queue) = await county.GetJsonAsync("/api/v1/review-queue");

        Assert.Equal((200, 404, 404), (itemStatus, sibling, parent));
        Assert.Equal([$"assignment-{item}~{Tianshan}", $"item-{item}"], Streams(trail).Distinct().Order(StringComparer.Ordinal));
        Assert.Empty(queue.EnumerateArray());
    }

    [Fact]
    public async Task The_prefecture_accepts_its_countys_report_and_the_inspector_reads_it_but_may_not_review_it()
    {
        var (prefecture, neighbour, _, item, _) = await CascadedAsync();
        var child = $"{item}~{Tianshan}";

        var (inspectorReads, _) = await host.Inspector.GetJsonAsync($"/api/v1/assignments/{child}");
        var (inspectorReviews, _) = await host.Inspector.PostAsync($"/api/v1/assignments/{child}/reports/1/review", new { decision = "accept" });
        var (neighbourReviews, _) = await neighbour.PostAsync($"/api/v1/assignments/{child}/reports/1/review", new { decision = "accept" });
        var (accepted, body) = await prefecture.PostAsync($"/api/v1/assignments/{child}/reports/1/review", new { decision = "accept" });

        Assert.Equal((200, 403), (inspectorReads, inspectorReviews));
        Assert.True(neighbourReviews is 403 or 404, $"a neighbouring prefecture reviewed: {neighbourReviews}");
        Assert.True(accepted == 200, body.ToString());
    }

    [Fact]
    public async Task A_prefectures_trail_export_covers_its_counties_and_verifies()
    {
        var (prefecture, _, _, item, _) = await CascadedAsync();

        var export = await prefecture.GetStringAsync($"/api/v1/items/{item}/trail/export");
        var coordinatorExport = await host.Coordinator.GetStringAsync($"/api/v1/items/{item}/trail/export");
        var (status, verdict) = await prefecture.PostAsync("/api/v1/trails/verify", export);
        var (_, whole) = await host.Coordinator.PostAsync("/api/v1/trails/verify", coordinatorExport);

        Assert.Contains($"assignment-{item}~{Tianshan}", export, StringComparison.Ordinal);
        Assert.Contains($"assignment-{item}~{Tianshan}", coordinatorExport, StringComparison.Ordinal);
        Assert.True(status == 200 && verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
        Assert.True(whole.GetProperty("intact").GetBoolean(), whole.ToString());
    }

    private static IEnumerable<string> Ids(JsonElement list) =>
        (list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("plans")).EnumerateArray().Select(p => p.Str("id"));

    private static List<string> Streams(JsonElement trail) => [.. trail.EnumerateArray().Select(e => e.Str("stream_id"))];

    // 乌鲁木齐市 cascades its part to 天山区 and 沙依巴克区; 天山区 acknowledges and reports.
    private async Task<(HttpClient Prefecture, HttpClient Neighbour, HttpClient County, string Item, string Plan)> CascadedAsync()
    {
        var (prefecture, neighbour, county, assignment, item) = await CascadeApiTests.WorldAsync(host);
        var (cascaded, answer) = await prefecture.PostAsync($"/api/v1/assignments/{assignment}/cascade", new
        {
            children = new[]
            {
                new { agency_id = Tianshan, role = "lead", due = "2027-06-30" },
                new { agency_id = Saybag, role = "lead", due = "2027-06-30" },
            },
        });
        var child = $"{item}~{Tianshan}";
        var (acknowledged, _) = await county.PostAsync($"/api/v1/assignments/{child}/acknowledge", new { responsible_name = "李娜" });
        var (reported, report) = await county.PostAsync($"/api/v1/assignments/{child}/reports", new { narrative = "已新增就业 1200 人" });
        Assert.True(cascaded == 200 && acknowledged == 200 && reported is 200 or 201, $"{answer} {report}");
        var (_, view) = await prefecture.GetJsonAsync($"/api/v1/assignments/{assignment}");
        return (prefecture, neighbour, county, item, view.Str("plan_id"));
    }
}
