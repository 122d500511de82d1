using System.Text.Json;
using Supervision.Host.Tests.Fixture;
using Supervision.Host.Tests.Import;

namespace Supervision.Host.Tests;

/// <summary>A sloppy request never erases data: members left out or misspelt are refused naming them, and lists are bounded.</summary>
[Collection(HostCollection.Name)]
public sealed class SloppyRequestTests(HostFixture host)
{
    [Fact]
    public async Task Contacts_left_out_are_refused_and_kept_while_an_explicit_null_clears_them()
    {
        var w = await ApiWorld.CreateAsync(host, dispatch: false);
        var path = $"/api/v1/agencies/{w.Lead}/contacts";

        var (empty, problem) = await host.Coordinator.SendAsync(HttpMethod.Put, path, "{}");
        var (half, halfProblem) = await host.Coordinator.SendAsync(HttpMethod.Put, path, "{\"liaison\":{\"name\":\"王五\"}}");
        var (_, kept) = await host.Coordinator.GetJsonAsync($"/api/v1/agencies/{w.Lead}");
        var (cleared, after) = await host.Coordinator.SendAsync(HttpMethod.Put, path, "{\"liaison\":null,\"head\":null}");

        Assert.Equal((400, 400, 200), (empty, half, cleared));
        Assert.Equal(("input.required", "liaison"), (problem.Str("code"), problem.Str("field")));
        Assert.Equal("head", halfProblem.Str("field"));
        Assert.Equal("联络员", kept.GetProperty("liaison").Str("name"));
        Assert.Equal(JsonValueKind.Null, after.GetProperty("liaison").ValueKind);
    }

    [Fact]
    public async Task Aliases_left_out_are_refused_and_kept_while_an_explicit_empty_list_clears_them()
    {
        var w = await ApiWorld.CreateAsync(host, dispatch: false);
        var path = $"/api/v1/agencies/{w.Lead}/aliases";
        await host.Coordinator.SendAsync(HttpMethod.Put, path, new { aliases = new[] { $"人社厅{w.Tag}" } });

        var (empty, problem) = await host.Coordinator.SendAsync(HttpMethod.Put, path, "{}");
        var (_, kept) = await host.Coordinator.GetJsonAsync($"/api/v1/agencies/{w.Lead}");
        var (cleared, after) = await host.Coordinator.SendAsync(HttpMethod.Put, path, "{\"aliases\":[]}");

        Assert.Equal((400, 200), (empty, cleared));
        Assert.Equal("aliases", problem.Str("field"));
        Assert.Equal(1, kept.GetProperty("aliases").GetArrayLength());
        Assert.Equal(0, after.GetProperty("aliases").GetArrayLength());
    }

    [Fact]
    public async Task An_item_edit_that_leaves_a_member_out_is_refused_and_changes_nothing()
    {
        var w = await ApiWorld.CreateAsync(host, dispatch: false);

        var (status, problem) = await host.Coordinator.SendAsync(HttpMethod.Put, $"/api/v1/items/{w.ItemId}", new { @ref = "二(一)", title = "新标题", lead = new[] { w.Lead } });
        var (_, item) = await host.Coordinator.GetJsonAsync($"/api/v1/items/{w.ItemId}");

        Assert.Equal(400, status);
        Assert.Equal("input.required", problem.Str("code"));
        Assert.Equal("实施产业发展带动就业行动", item.Str("title"));
        Assert.Equal(1, item.GetProperty("cooperating").GetArrayLength());
    }

    [Fact]
    public async Task A_misspelt_member_is_refused_naming_it_and_nothing_is_recorded()
    {
        var w = await ApiWorld.CreateAsync(host);
        var before = await w.TrailLengthAsync(host);

        var (status, problem) = await host.Coordinator.PostAsync($"/api/v1/assignments/{w.CoopAssignment}/waive", new { text = "不需要配合" });

        Assert.Equal(400, status);
        Assert.Equal(("request.unknown_member", "text"), (problem.Str("code"), problem.Str("field")));
        Assert.Equal(before, await w.TrailLengthAsync(host));
    }

    [Fact]
    public async Task A_member_sent_to_a_call_that_takes_no_body_is_refused_naming_it_while_an_empty_body_is_read_as_before()
    {
        const string path = "/api/v1/reactions/rx-0000000000000000/retry";

        var (refused, problem) = await host.Admin.SendAsync(HttpMethod.Post, path, "{\"reason\":\"重试\"}");
        var (empty, _) = await host.Admin.SendAsync(HttpMethod.Post, path, "{}");

        Assert.Equal(400, refused);
        Assert.Equal(("request.unknown_member", "reason"), (problem.Str("code"), problem.Str("field")));
        Assert.Equal(404, empty);
    }

    [Fact]
    public async Task A_misspelt_member_inside_a_list_is_named_with_its_place()
    {
        var w = await ApiWorld.CreateAsync(host);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });

        var (status, problem) = await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", new { narrative = "x", indicators = new[] { new { name = "新增就业", value = 1, units = "人" } } });

        Assert.Equal(400, status);
        Assert.Equal("indicators[0].units", problem.Str("field"));
    }

    [Fact]
    public async Task A_draft_edit_with_a_misspelt_member_is_refused_and_the_draft_is_unchanged()
    {
        var (_, draft) = await host.Coordinator.UploadAsync(Uploads.Seed, "seed.txt");
        var id = draft.Str("id");

        var (status, problem) = await host.Coordinator.SendAsync(HttpMethod.Patch, $"/api/v1/imports/{id}", "[{\"op\":\"set_deadline\",\"item\":\"二(一)\",\"deadline\":\"2022-06-30\"}]");
        var (_, after) = await host.Coordinator.GetJsonAsync($"/api/v1/imports/{id}");

        Assert.Equal(400, status);
        Assert.Equal("[0].deadline", problem.Str("field"));
        Assert.Equal(draft.GetProperty("draft").ToString(), after.GetProperty("draft").ToString());
    }

    [Theory]
    [InlineData("indicators", 101, "100")]
    [InlineData("aliases", 51, "50")]
    [InlineData("items", 501, "500")]
    public async Task A_list_over_its_limit_is_refused_with_the_limit_in_the_detail(string list, int count, string limit)
    {
        var w = await ApiWorld.CreateAsync(host);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });
        var before = await w.TrailLengthAsync(host);

        var (status, problem) = list switch
        {
            "indicators" => await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports",
                new { narrative = "x", indicators = Enumerable.Range(0, count).Select(i => new { name = $"指标{i}", value = i, unit = "人" }) }),
            "aliases" => await host.Coordinator.SendAsync(HttpMethod.Put, $"/api/v1/agencies/{w.Lead}/aliases",
                new { aliases = Enumerable.Range(0, count).Select(i => $"别名{w.Tag}-{i}") }),
            _ => await host.Coordinator.PostAsync("/api/v1/plans",
                new { title = "大方案", items = Enumerable.Range(0, count).Select(i => new { @ref = $"{i}", title = "x", lead = new[] { w.Lead } }) }),
        };

        Assert.Equal(400, status);
        Assert.Equal(("input.too_many", list), (problem.Str("code"), problem.Str("field")));
        Assert.Contains(limit, problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(before, await w.TrailLengthAsync(host));
    }
}
