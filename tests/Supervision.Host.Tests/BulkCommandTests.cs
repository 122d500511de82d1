using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>The office's bulk commands: dispatching many items of a plan, accepting many reports; each thing whole or not at all.</summary>
[Collection(HostCollection.Name)]
public sealed class BulkCommandTests(HostFixture host)
{
    [Fact]
    public async Task Dispatching_a_whole_plan_dispatches_every_undispatched_item_and_a_retry_dispatches_nothing_twice()
    {
        var w = await ApiWorld.CreateAsync(host, dispatch: false);
        var second = await AddItemAsync(w, "二(二)");

        var first = await host.Coordinator.PostAsync($"/api/v1/plans/{w.PlanId}/dispatch", new { }, $"bulk-{w.Tag}");
        var length = await w.TrailLengthAsync(host);
        var again = await host.Coordinator.PostAsync($"/api/v1/plans/{w.PlanId}/dispatch", new { }, $"bulk-{w.Tag}");

        Assert.Equal((200, 200), (first.Status, again.Status));
        Assert.Equal(2, first.Body.GetProperty("done").GetInt32());
        Assert.Equal([w.ItemId, second], first.Body.GetProperty("outcomes").EnumerateArray().Select(o => o.Str("id")));
        Assert.Equal(first.Body.ToString(), again.Body.ToString());
        Assert.Equal(length, await w.TrailLengthAsync(host));
        var (_, item) = await host.Coordinator.GetJsonAsync($"/api/v1/items/{second}");
        Assert.Equal("dispatched", item.Str("status"));
    }

    [Fact]
    public async Task An_item_already_dispatched_is_refused_on_its_own_while_the_others_are_dispatched()
    {
        var w = await ApiWorld.CreateAsync(host);
        var second = await AddItemAsync(w, "二(二)");

        var (status, body) = await host.Coordinator.PostAsync($"/api/v1/plans/{w.PlanId}/dispatch", new { items = new[] { w.ItemId, second } });

        Assert.Equal(200, status);
        var outcomes = body.GetProperty("outcomes").EnumerateArray().ToDictionary(o => o.Str("id"), o => o);
        Assert.Equal("refused", outcomes[w.ItemId].Str("outcome"));
        Assert.False(string.IsNullOrEmpty(outcomes[w.ItemId].Str("message")));
        Assert.Equal("done", outcomes[second].Str("outcome"));
        Assert.Equal((1, 1), (body.GetProperty("done").GetInt32(), body.GetProperty("refused").GetInt32()));
    }

    [Fact]
    public async Task An_item_of_another_plan_refuses_the_whole_request_and_dispatches_nothing()
    {
        var w = await ApiWorld.CreateAsync(host, dispatch: false);
        var other = await ApiWorld.CreateAsync(host, dispatch: false);

        var (status, problem) = await host.Coordinator.PostAsync($"/api/v1/plans/{w.PlanId}/dispatch", new { items = new[] { w.ItemId, other.ItemId } });

        Assert.Equal(400, status);
        Assert.Equal("items[1]", problem.Str("field"));
        var (_, item) = await host.Coordinator.GetJsonAsync($"/api/v1/items/{w.ItemId}");
        Assert.Equal("draft", item.Str("status"));
    }

    [Fact]
    public async Task Agencies_inspectors_and_anonymous_callers_may_not_dispatch_a_plan_or_accept_reports()
    {
        var w = await ApiWorld.CreateAsync(host, dispatch: false);
        var accept = new { reports = new[] { new { assignment_id = w.LeadAssignment, number = 1 } } };

        Assert.Equal(403, (await w.LeadUser.PostAsync($"/api/v1/plans/{w.PlanId}/dispatch", new { })).Status);
        Assert.Equal(403, (await w.OtherUser.PostAsync($"/api/v1/plans/{w.PlanId}/dispatch", new { })).Status);
        Assert.Equal(403, (await host.Inspector.PostAsync($"/api/v1/plans/{w.PlanId}/dispatch", new { })).Status);
        Assert.Equal(401, (await host.Anonymous.PostAsync($"/api/v1/plans/{w.PlanId}/dispatch", new { })).Status);
        Assert.Equal(403, (await w.OtherUser.PostAsync("/api/v1/reports/accept", accept)).Status);
        Assert.Equal(403, (await host.Inspector.PostAsync("/api/v1/reports/accept", accept)).Status);
        Assert.Equal(401, (await host.Anonymous.PostAsync("/api/v1/reports/accept", accept)).Status);
        var (_, item) = await host.Coordinator.GetJsonAsync($"/api/v1/items/{w.ItemId}");
        Assert.Equal("draft", item.Str("status"));
    }

    [Fact]
    public async Task The_office_accepts_two_reports_in_one_step_and_one_already_reviewed_is_reported_not_repeated()
    {
        var w = await ApiWorld.CreateAsync(host);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });
        await w.CoopUser.PostAsync($"/api/v1/assignments/{w.CoopAssignment}/acknowledge", new { responsible_name = "李四" });
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", new { narrative = "一季度进展" });
        await w.CoopUser.PostAsync($"/api/v1/assignments/{w.CoopAssignment}/reports", new { narrative = "配合进展" });
        var both = new { reports = new[] { new { assignment_id = w.LeadAssignment, number = 1 }, new { assignment_id = w.CoopAssignment, number = 1 } } };

        var (status, body) = await host.Coordinator.PostAsync("/api/v1/reports/accept", both);
        var (_, again) = await host.Coordinator.PostAsync("/api/v1/reports/accept", both);

        Assert.Equal(200, status);
        Assert.Equal(2, body.GetProperty("done").GetInt32());
        Assert.Equal(2, again.GetProperty("refused").GetInt32());
        Assert.All(again.GetProperty("outcomes").EnumerateArray(), o => Assert.Equal("report.already_reviewed", o.Str("code")));
        foreach (var id in new[] { w.LeadAssignment, w.CoopAssignment })
        {
            var (_, reports) = await host.Coordinator.GetJsonAsync($"/api/v1/assignments/{id}/reports");
            Assert.Equal("accepted", reports[0].Str("status"));
        }
    }

    [Fact]
    public async Task Accepting_no_reports_is_refused_naming_the_member()
    {
        var (status, problem) = await host.Coordinator.PostAsync("/api/v1/reports/accept", new { reports = Array.Empty<object>() });

        Assert.Equal(400, status);
        Assert.Equal("reports", problem.Str("field"));
    }

    private async Task<string> AddItemAsync(ApiWorld w, string reference)
    {
        var (status, item) = await host.Coordinator.PostAsync($"/api/v1/plans/{w.PlanId}/items",
            new { @ref = reference, title = "开展外贸企业用工保障服务", due = "2022-12-31", lead = new[] { w.Lead } });
        Assert.True(status == 201, item.ToString());
        return item.GetProperty("id").GetString()!;
    }
}
