using System.Text.Json;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Import;

/// <summary>A coordinator imports the seed plan over HTTP, corrects the draft, and commits a plan ready to dispatch.</summary>
[Collection(HostCollection.Name)]
public sealed class ImportFlowTests(HostFixture host)
{
    // Every test here imports the seed into one shared host: a second plan from it is meant (see ImportDuplicateTests).
    private static readonly object AllowDuplicate = new { allow_duplicate = true };

    private static readonly string[] SeedRefs =
    [
        "二(一)", "二(二)", "二(三)", "二(四)", "二(五)", "三(一)", "三(二)", "三(三)", "三(四)", "三(五)",
        "四(一)", "四(二)", "四(三)", "四(四)", "四(五)", "五(一)", "五(二)", "五(三)", "五(四)", "五(五)", "五(六)",
    ];

    [Fact]
    public async Task Uploading_the_seed_gives_a_draft_of_its_21_items_ready_to_commit()
    {
        var (status, body) = await host.Coordinator.UploadAsync(Uploads.Seed, "seed.txt");

        Assert.Equal(201, status);
        Assert.Equal(SeedRefs, body.Items().Select(i => i.Str("ref")));
        Assert.Equal("2022年自治区扩大就业惠民工程实施方案", body.GetProperty("draft").Str("title"));
        Assert.Equal("2022-03-24", body.GetProperty("draft").Str("issued"));
        Assert.Equal(["自治区工信厅", "自治区发展改革委"], Names(body.Items().First(), "lead"));
        Assert.True(body.GetProperty("ready_to_commit").GetBoolean());
        var (read, again) = await host.Coordinator.GetJsonAsync($"/api/v1/imports/{body.Str("id")}");
        Assert.Equal((200, SeedRefs.Length), (read, again.Items().Count()));
    }

    [Fact]
    public async Task A_docx_of_the_seed_gives_the_same_items_and_agencies_as_the_text()
    {
        var (_, text) = await host.Coordinator.UploadAsync(Uploads.Seed, "seed.txt");
        var (status, docx) = await host.Coordinator.UploadAsync(Uploads.SeedDocx(), "seed.docx");

        Assert.Equal(201, status);
        Assert.Equal(
            text.Items().Select(i => (i.Str("ref"), string.Join("、", Names(i, "lead")), string.Join("、", Names(i, "cooperating")))),
            docx.Items().Select(i => (i.Str("ref"), string.Join("、", Names(i, "lead")), string.Join("、", Names(i, "cooperating")))));
    }

    [Fact]
    public async Task The_same_document_sent_as_a_raw_body_is_read_too()
    {
        var (status, body) = await host.Coordinator.UploadRawAsync(Uploads.Seed, "text/plain", "seed.txt");

        Assert.Equal(201, status);
        Assert.Equal("seed.txt", body.Str("file_name"));
        Assert.Equal(SeedRefs.Length, body.Items().Count());
    }

    [Fact]
    public async Task A_corrected_draft_commits_into_a_plan_whose_items_name_the_right_agencies_and_dispatch()
    {
        var id = await host.Coordinator.UploadSeedAsync();

        var (edited, draft) = await host.Coordinator.SendAsync(HttpMethod.Patch, $"/api/v1/imports/{id}", new object[]
        {
            new { op = "set_cooperating", item = "三(三)", agencies = new[] { "财政厅", "各地人民政府" } },
            new { op = "set_deadline", item = "二(一)", due = "2022-12-31" },
            new { op = "drop_item", item = "五(六)" },
        });
        Assert.True(edited == 200, draft.ToString());
        var (committed, plan) = await host.Coordinator.PostAsync($"/api/v1/imports/{id}/commit", AllowDuplicate);

        Assert.True(committed == 201, plan.ToString());
        var itemIds = plan.GetProperty("item_ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(20, itemIds.Count);
        var expected = draft.Items().ToDictionary(i => i.Str("ref"));
        foreach (var itemId in itemIds)
        {
            var (_, item) = await host.Coordinator.GetJsonAsync($"/api/v1/items/{itemId}");
            var want = expected[item.Str("ref")];
            Assert.Equal(Names(want, "lead"), await AgencyNamesAsync(item.GetProperty("lead")));
            Assert.Equal(Names(want, "cooperating"), await AgencyNamesAsync(item.GetProperty("cooperating")));
            Assert.Equal("draft", item.Str("status"));
        }

        var first = (await host.Coordinator.GetJsonAsync($"/api/v1/items/{itemIds[0]}")).Body;
        var third = (await host.Coordinator.GetJsonAsync($"/api/v1/items/{itemIds[SeedRefs.ToList().IndexOf("三(三)")]}")).Body;
        Assert.Equal("2022-12-31", first.Str("due"));
        Assert.Equal(["自治区财政厅", "各地(州、市)人民政府(行政公署)"], await AgencyNamesAsync(third.GetProperty("cooperating")));

        // 四(四): 自治区妇联 leads, the group 各地… cooperates and expands to its 14 member governments on dispatch.
        var women = itemIds[SeedRefs.ToList().IndexOf("四(四)")];
        var (dispatched, item44) = await host.Coordinator.PostAsync($"/api/v1/items/{women}/dispatch");
        Assert.True(dispatched == 200, item44.ToString());
        var assignments = item44.GetProperty("assignments").EnumerateArray().ToList();
        Assert.Equal(15, assignments.Count);
        var lead = assignments.Single(a => a.Str("role") == "lead");
        Assert.Equal(["自治区妇联"], await AgencyNamesAsync(JsonSerializer.SerializeToElement(new[] { lead.Str("agency_id") })));
    }

    [Fact]
    public async Task Committing_twice_returns_the_same_plan_and_creates_nothing_more()
    {
        var id = await host.Coordinator.UploadSeedAsync();

        var (_, first) = await host.Coordinator.PostAsync($"/api/v1/imports/{id}/commit", new { plan_id = $"p-twice-{id[4..]}", allow_duplicate = true });
        var (status, second) = await host.Coordinator.PostAsync($"/api/v1/imports/{id}/commit");
        var (_, draft) = await host.Coordinator.GetJsonAsync($"/api/v1/imports/{id}");

        Assert.Equal(201, status);
        Assert.Equal($"p-twice-{id[4..]}", second.Str("id"));
        Assert.Equal(first.GetProperty("item_ids").ToString(), second.GetProperty("item_ids").ToString());
        Assert.Equal(21, second.GetProperty("item_ids").GetArrayLength());
        Assert.Equal(second.Str("id"), draft.Str("committed_plan_id"));
    }

    [Fact]
    public async Task A_draft_naming_an_unknown_agency_is_not_committed_until_the_agency_is_added()
    {
        var id = await host.Coordinator.UploadSeedAsync();
        var plansBefore = (await host.Coordinator.GetJsonAsync("/api/v1/plans")).Body.GetArrayLength();

        var (_, draft) = await host.Coordinator.SendAsync(HttpMethod.Patch, $"/api/v1/imports/{id}", new object[]
        {
            new { op = "set_lead", item = "二(二)", agencies = new[] { "自治区数字经济局" } },
        });
        var (refused, problem) = await host.Coordinator.PostAsync($"/api/v1/imports/{id}/commit");

        Assert.False(draft.GetProperty("ready_to_commit").GetBoolean());
        Assert.Contains(draft.GetProperty("draft").GetProperty("warnings").EnumerateArray(), w => w.Str("code") == "agency.unresolved");
        Assert.Equal(400, refused);
        Assert.Equal("import.unresolved_agencies", problem.Str("code"));
        Assert.Contains("自治区数字经济局", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(plansBefore, (await host.Coordinator.GetJsonAsync("/api/v1/plans")).Body.GetArrayLength());

        var (_, fixedDraft) = await host.Coordinator.SendAsync(HttpMethod.Patch, $"/api/v1/imports/{id}", new object[]
        {
            new { op = "add_agency", name = "自治区数字经济局", aliases = new[] { "数字经济局" } },
        });
        var (committed, plan) = await host.Coordinator.PostAsync($"/api/v1/imports/{id}/commit", AllowDuplicate);

        Assert.True(fixedDraft.GetProperty("ready_to_commit").GetBoolean(), fixedDraft.ToString());
        Assert.True(committed == 201, plan.ToString());
        var (_, item) = await host.Coordinator.GetJsonAsync($"/api/v1/items/{plan.GetProperty("item_ids")[1].GetString()}");
        Assert.Equal(["自治区数字经济局"], await AgencyNamesAsync(item.GetProperty("lead")));
    }

    [Fact]
    public async Task A_bad_edit_is_refused_naming_its_index_and_none_of_the_batch_is_applied()
    {
        var id = await host.Coordinator.UploadSeedAsync();

        var (status, problem) = await host.Coordinator.SendAsync(HttpMethod.Patch, $"/api/v1/imports/{id}", new object[]
        {
            new { op = "drop_item", item = "二(一)" },
            new { op = "set_deadline", item = "二(二)", due = "2022-13-45" },
        });
        var (_, draft) = await host.Coordinator.GetJsonAsync($"/api/v1/imports/{id}");

        Assert.Equal(400, status);
        Assert.Equal("import.bad_edit", problem.Str("code"));
        Assert.Equal("[1].due", problem.Str("field"));
        Assert.Equal(SeedRefs.Length, draft.Items().Count());
    }

    [Theory]
    [InlineData("{\"op\":\"explode\"}", "[0].op")]
    [InlineData("{\"op\":\"drop_item\",\"item\":\"九(九)\"}", "[0].item")]
    [InlineData("{\"op\":\"remove_target\",\"item\":null,\"index\":99}", "[0].index")]
    [InlineData("{\"op\":\"add_target\",\"item\":\"二(一)\",\"text\":\"岗位\",\"value\":1,\"comparator\":\">>\"}", "[0].comparator")]
    [InlineData("{\"op\":\"add_alias\",\"agency\":\"不存在的单位\",\"alias\":\"x\"}", "[0].agency")]
    [InlineData("{\"op\":\"rename\",\"title\":\" \"}", "[0].title")]
    public async Task Each_kind_of_bad_edit_names_the_field_at_fault(string operation, string field)
    {
        var id = await host.Coordinator.UploadSeedAsync();

        var (status, problem) = await host.Coordinator.SendAsync(HttpMethod.Patch, $"/api/v1/imports/{id}", $"[{operation}]");

        Assert.Equal((400, field), (status, problem.Str("field")));
    }

    [Fact]
    public async Task A_committed_draft_can_no_longer_be_edited()
    {
        var id = await host.Coordinator.UploadSeedAsync();
        Assert.Equal(201, (await host.Coordinator.PostAsync($"/api/v1/imports/{id}/commit", AllowDuplicate)).Status);

        var (status, problem) = await host.Coordinator.SendAsync(HttpMethod.Patch, $"/api/v1/imports/{id}", new object[] { new { op = "rename", title = "改名" } });

        Assert.Equal((409, "import.committed"), (status, problem.Str("code")));
    }

    private static string[] Names(JsonElement item, string role) =>
        [.. item.GetProperty(role).EnumerateArray().Select(e => e.GetString()!)];

    private async Task<string[]> AgencyNamesAsync(JsonElement ids)
    {
        var names = new List<string>();
        foreach (var id in ids.EnumerateArray())
        {
            var (status, agency) = await host.Coordinator.GetJsonAsync($"/api/v1/agencies/{id.GetString()}");
            Assert.Equal(200, status);
            names.Add(agency.Str("name"));
        }

        return [.. names];
    }
}
