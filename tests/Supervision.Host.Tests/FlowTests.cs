using System.Text.Json;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

[Collection(HostCollection.Name)]
public class FlowTests(HostFixture host)
{
    [Fact]
    public async Task Agencies_acknowledge_report_and_complete_and_the_coordinator_closes_the_item()
    {
        var w = await ApiWorld.CreateAsync(host);

        var (inboxStatus, inbox) = await w.LeadUser.GetJsonAsync("/api/v1/inbox");
        Assert.Equal(200, inboxStatus);
        Assert.Equal(w.LeadAssignment, inbox.EnumerateArray().Single().Str("id"));
        Assert.Equal(200, (await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三", phone = "0991-1234567" })).Status);
        var (reportStatus, report) = await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", new
        {
            narrative = "一季度新增就业12万人",
            indicators = new[] { new { name = "城镇新增就业", value = 120000, unit = "人" } },
        });
        Assert.True(reportStatus == 200, report.ToString());
        Assert.Equal(200, (await host.Coordinator.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports/1/review", new { decision = "accept" })).Status);
        Assert.Equal(200, (await w.CoopUser.PostAsync($"/api/v1/assignments/{w.CoopAssignment}/acknowledge", new { responsible_name = "李四" })).Status);
        Assert.Equal(200, (await w.CoopUser.PostAsync($"/api/v1/assignments/{w.CoopAssignment}/contribution", new { text = "资金已拨付" })).Status);
        Assert.Equal(200, (await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/completion", new { evidence = "全年新增就业46.2万人" })).Status);
        var (approveStatus, approved) = await host.Coordinator.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/completion/review", new { decision = "approve", note = "同意办结" });

        Assert.True(approveStatus == 200, approved.ToString());
        Assert.Equal("completed", approved.Str("status"));
        Assert.Equal("completed", (await host.Inspector.GetJsonAsync($"/api/v1/items/{w.ItemId}")).Body.Str("status"));
    }

    [Fact]
    public async Task An_inspector_reads_exports_and_verifies_the_trail()
    {
        var w = await ApiWorld.CreateAsync(host);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });

        var (status, trail) = await host.Inspector.GetJsonAsync($"/api/v1/items/{w.ItemId}/trail");
        Assert.Equal(200, status);
        var types = trail.EnumerateArray().Select(e => e.Str("type")).ToList();
        Assert.Equal("ItemDefined", types[0]);
        Assert.Contains("AssignmentAcknowledged", types);
        Assert.All(trail.EnumerateArray(), e => Assert.Equal(64, e.Str("hash").Length));
        var export = await host.Inspector.GetStringAsync($"/api/v1/items/{w.ItemId}/trail/export");

        var (verifyStatus, verdict) = await host.Inspector.PostAsync("/api/v1/trails/verify", export);
        Assert.Equal(200, verifyStatus);
        Assert.True(verdict.GetProperty("intact").GetBoolean());
        var tampered = export.Replace("张三", "王五", StringComparison.Ordinal);
        var (_, bad) = await host.Inspector.PostAsync("/api/v1/trails/verify", tampered);
        Assert.False(bad.GetProperty("intact").GetBoolean());
        Assert.Contains("AssignmentAcknowledged", JsonSerializer.Serialize(trail), StringComparison.Ordinal);
        Assert.NotEqual(JsonValueKind.Null, bad.GetProperty("first_fault").ValueKind);
    }

    [Fact]
    public async Task The_cycle_diagram_and_the_openapi_document_are_served()
    {
        var mermaid = await host.Inspector.GetStringAsync("/api/v1/workflows/cycle.mmd");
        var item = await host.Inspector.GetStringAsync("/api/v1/workflows/item.mmd");
        var openapi = await host.Anonymous.GetStringAsync("/openapi/v1.json");
        var health = await host.Anonymous.GetAsync("/health");
        var ready = await host.Anonymous.GetAsync("/health/ready");

        Assert.Contains("stateDiagram", mermaid, StringComparison.Ordinal);
        Assert.Contains("Dispatched --> Completed : Complete [leads completed]", item, StringComparison.Ordinal);
        Assert.Contains("/api/v1/assignments/{id}/acknowledge", openapi, StringComparison.Ordinal);
        Assert.True(health.IsSuccessStatusCode);
        Assert.True(ready.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_coordinator_edits_an_item_until_it_is_dispatched()
    {
        var w = await ApiWorld.CreateAsync(host, dispatch: false);
        var edit = new { @ref = "二(一)", title = "实施产业发展带动就业行动（修订）", text = (string?)null, due = "2022-11-30", lead = new[] { w.Lead }, cooperating = new[] { w.Coop, w.Other }, targets = Array.Empty<object>() };

        var (edited, item) = await host.Coordinator.SendAsync(HttpMethod.Put, $"/api/v1/items/{w.ItemId}", edit);
        var (dispatched, after) = await host.Coordinator.PostAsync($"/api/v1/items/{w.ItemId}/dispatch");
        var (late, problem) = await host.Coordinator.SendAsync(HttpMethod.Put, $"/api/v1/items/{w.ItemId}", edit);

        Assert.Equal((200, 200, 409), (edited, dispatched, late));
        Assert.Equal("2022-11-30", item.Str("due"));
        Assert.Equal(3, after.GetProperty("assignments").GetArrayLength());
        Assert.Equal("item.already_dispatched", problem.Str("code"));
    }

    [Fact]
    public async Task A_disputed_assignment_is_reassigned_and_the_new_agency_sees_it()
    {
        var w = await ApiWorld.CreateAsync(host);
        Assert.Equal(200, (await w.CoopUser.PostAsync($"/api/v1/assignments/{w.CoopAssignment}/dispute", new { reason = "不属于本单位职责" })).Status);

        var (status, settled) = await host.Coordinator.PostAsync($"/api/v1/assignments/{w.CoopAssignment}/dispute/resolve", new { outcome = "reassign", to_agency_id = w.Other, note = "改由商务厅配合" });
        var (_, otherInbox) = await w.OtherUser.GetJsonAsync("/api/v1/inbox");
        var (coopSees, _) = await w.CoopUser.GetJsonAsync($"/api/v1/assignments/{w.CoopAssignment}");

        Assert.Equal(200, status);
        Assert.Equal("reassigned", settled.Str("status"));
        Assert.Equal($"{w.ItemId}~{w.Other}", otherInbox.EnumerateArray().Single().Str("id"));
        Assert.Equal(200, coopSees);
    }

    [Fact]
    public async Task An_agency_counts_its_open_and_completed_assignments()
    {
        var w = await ApiWorld.CreateAsync(host);

        var (status, counters) = await w.LeadUser.GetJsonAsync($"/api/v1/agencies/{w.Lead}/counters");

        Assert.Equal(200, status);
        Assert.Equal((1, 1, 0), (counters.GetProperty("total").GetInt32(), counters.GetProperty("open").GetInt32(), counters.GetProperty("completed").GetInt32()));
    }

    [Fact]
    public async Task The_initial_admin_password_file_is_readable_by_its_owner_only()
    {
        var mode = File.GetUnixFileMode(Path.Combine(host.DataDirectory, "initial-admin.txt"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Repeated_wrong_passwords_are_throttled_and_a_right_one_then_waits_too()
    {
        await host.UserAsync("guessed", "inspector", null);
        var client = host.Client(null);
        var statuses = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.PostAsync("/api/v1/auth/login", new { username = "guessed", password = $"wrong-{i}" })).Status);
        }

        var (right, problem) = await client.PostAsync("/api/v1/auth/login", new { username = "guessed", password = "correct-horse-battery" });

        Assert.Equal([400, 400, 400, 400, 400, 429], statuses);
        Assert.Equal(429, right);
        Assert.Equal("auth.throttled", problem.Str("code"));
    }
}
