using System.Text.Json;
using Supervision.Host.Tests.Cascade;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Evaluations;

/// <summary>
/// An evaluation scoped to 乌鲁木齐市's subtree over HTTP: the prefecture sets it up, reads every district's score and
/// freezes it; 天山区 reads its own; 克拉玛依市, a neighbouring prefecture, neither sets it up, lists it nor reads it;
/// the inspector reads it and writes nothing; an unscoped evaluation reads as before.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ScopedEvaluationApiTests(HostFixture host)
{
    private const string Urumqi = "xj-6501";
    private const string Tianshan = "xj-650102";
    private const string Saybag = "xj-650103";

    [Fact]
    public async Task A_prefecture_sets_up_reads_and_freezes_its_districts_evaluation_and_a_district_reads_its_own_score()
    {
        var (prefecture, _, county, plan) = await CascadedAsync();

        var (created, view) = await prefecture.PostAsync("/api/v1/evaluations", Body(plan, Urumqi));
        var id = view.Str("id");
        var (_, own) = await county.GetJsonAsync($"/api/v1/evaluations/{id}");
        var (_, list) = await county.GetJsonAsync("/api/v1/evaluations");
        var (frozen, result) = await prefecture.PostAsync($"/api/v1/evaluations/{id}/freeze", new { });

        Assert.True(created == 201, view.ToString());
        Assert.Equal(Urumqi, view.Str("scope_agency_id"));
        Assert.Equal([Tianshan, Saybag], Agencies(view).Order(StringComparer.Ordinal));
        Assert.All(view.GetProperty("sheet").GetProperty("agencies").EnumerateArray().SelectMany(a => a.GetProperty("lines").EnumerateArray()),
            l => Assert.StartsWith("assignment-", l.GetProperty("event").Str("stream_id"), StringComparison.Ordinal));
        Assert.Equal([Tianshan], Agencies(own));
        Assert.Contains(list.EnumerateArray(), e => e.Str("id") == id && e.Str("scope_agency_id") == Urumqi);
        Assert.True(frozen == 200 && result.GetProperty("frozen").GetBoolean(), result.ToString());
    }

    [Fact]
    public async Task A_neighbouring_prefecture_neither_sets_up_lists_nor_reads_it_and_the_inspector_reads_but_never_writes()
    {
        var (prefecture, neighbour, _, plan) = await CascadedAsync();
        var (_, view) = await prefecture.PostAsync("/api/v1/evaluations", Body(plan, Urumqi));
        var id = view.Str("id");
        using var log = new LogPosition(host.DataDirectory);
        var before = await log.SettledAsync();

        var (outside, problem) = await neighbour.PostAsync("/api/v1/evaluations", Body(plan, Urumqi));
        var (unscoped, required) = await prefecture.PostAsync("/api/v1/evaluations", Body(plan, null));
        var (inspectorSetsUp, _) = await host.Inspector.PostAsync("/api/v1/evaluations", Body(plan, Urumqi));
        var (inspectorFreezes, _) = await host.Inspector.PostAsync($"/api/v1/evaluations/{id}/freeze", new { });
        var (neighbourReads, _) = await neighbour.GetJsonAsync($"/api/v1/evaluations/{id}");
        var (neighbourChart, _) = await neighbour.GetJsonAsync($"/api/v1/evaluations/{id}/chart.svg");
        var (_, neighbourList) = await neighbour.GetJsonAsync("/api/v1/evaluations");
        var (inspectorReads, read) = await host.Inspector.GetJsonAsync($"/api/v1/evaluations/{id}");

        Assert.Equal(403, outside);
        Assert.Contains("「乌鲁木齐市人民政府」不是本单位或本单位的下级单位", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("scope_agency_id", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(403, unscoped);
        Assert.Contains("evaluation.scope_required", required.ToString(), StringComparison.Ordinal);
        Assert.Equal((403, 403), (inspectorSetsUp, inspectorFreezes));
        Assert.Equal((404, 404), (neighbourReads, neighbourChart));
        Assert.DoesNotContain(neighbourList.EnumerateArray(), e => e.Str("id") == id);
        Assert.Equal(200, inspectorReads);
        Assert.Equal([Tianshan, Saybag], Agencies(read).Order(StringComparer.Ordinal));
        Assert.True(log.Read() == before, $"a refused evaluation recorded: {string.Join("; ", log.Since(before))}");
    }

    [Fact]
    public async Task The_offices_unscoped_evaluation_scores_every_agency_as_before()
    {
        var (_, _, _, plan) = await CascadedAsync();

        var (created, view) = await host.Coordinator.PostAsync("/api/v1/evaluations", Body(plan, null));

        Assert.True(created == 201, view.ToString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("scope_agency_id").ValueKind);
        Assert.Contains(Urumqi, Agencies(view));
        Assert.Contains(Tianshan, Agencies(view));
    }

    private static object Body(string plan, string? scope) =>
        new { title = "2027年乌鲁木齐市县区考核", from = "2026-01-01", to = "2027-12-31", plan_id = plan, scope_agency_id = scope };

    private static List<string> Agencies(JsonElement view) =>
        [.. view.GetProperty("sheet").GetProperty("agencies").EnumerateArray().Select(a => a.Str("agency_id"))];

    // 乌鲁木齐市 cascades its part to 天山区 and 沙依巴克区; 天山区 acknowledges.
    private async Task<(HttpClient Prefecture, HttpClient Neighbour, HttpClient County, string Plan)> CascadedAsync()
    {
        var (prefecture, neighbour, county, assignment, item) = await CascadeApiTests.WorldAsync(host);
        var (cascaded, answer) = await prefecture.PostAsync($"/api/v1/assignments/{assignment}/cascade", new
        {
            children = new[] { new { agency_id = Tianshan, role = "lead", due = "2027-06-30" }, new { agency_id = Saybag, role = "lead", due = "2027-06-30" } },
        });
        var (acknowledged, _) = await county.PostAsync($"/api/v1/assignments/{item}~{Tianshan}/acknowledge", new { responsible_name = "李娜" });
        await prefecture.PostAsync($"/api/v1/assignments/{assignment}/acknowledge", new { responsible_name = "王强" });
        Assert.True(cascaded == 200 && acknowledged == 200, answer.ToString());
        var (_, view) = await prefecture.GetJsonAsync($"/api/v1/assignments/{assignment}");
        return (prefecture, neighbour, county, view.Str("plan_id"));
    }
}
