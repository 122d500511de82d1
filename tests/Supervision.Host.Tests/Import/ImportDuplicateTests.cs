using System.Text;
using System.Text.Json;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Import;

/// <summary>Importing never duplicates a plan silently: the draft warns naming the plan, and commit asks for an explicit choice.</summary>
[Collection(HostCollection.Name)]
public sealed class ImportDuplicateTests(HostFixture host)
{
    private const string SeedTitle = "2022年自治区扩大就业惠民工程实施方案";

    [Fact]
    public async Task The_same_document_again_warns_naming_the_plan_and_commit_is_refused_until_a_duplicate_is_allowed()
    {
        var lines = UniqueDocument();
        var first = await UploadAsync(Encoding.UTF8.GetBytes(string.Join('\n', lines)), "plan.txt");
        var (_, plan) = await host.Coordinator.PostAsync($"/api/v1/imports/{first}/commit");
        var planId = plan.Str("id");

        // The same text as a Word document: a second draft of the same content.
        var (uploaded, second) = await host.Coordinator.UploadAsync(Uploads.Docx(lines), "plan.docx");
        var plansBefore = await PlanCountAsync();
        var (refused, problem) = await host.Coordinator.PostAsync($"/api/v1/imports/{second.Str("id")}/commit");
        var plansAfterRefusal = await PlanCountAsync();
        var (allowed, duplicate) = await host.Coordinator.PostAsync($"/api/v1/imports/{second.Str("id")}/commit", new { allow_duplicate = true });

        Assert.Equal(201, uploaded);
        var match = Assert.Single(second.GetProperty("duplicate_of").EnumerateArray());
        Assert.Equal((planId, "content"), (match.Str("plan_id"), match.Str("matched_by")));
        Assert.Contains(Warnings(second), w => w.Str("code") == "import.duplicate_plan" && w.Str("message").Contains(planId, StringComparison.Ordinal));
        Assert.Equal((409, "import.duplicate_plan", planId), (refused, problem.Str("code"), problem.Str("plan_id")));
        Assert.Contains($"此文件已有方案「{planId}」", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(plansBefore, plansAfterRefusal);
        Assert.True(allowed == 201, duplicate.ToString());
        Assert.NotEqual(planId, duplicate.Str("id"));
    }

    [Fact]
    public async Task Another_text_with_the_same_title_and_issue_date_is_a_duplicate_too()
    {
        var lines = UniqueDocument();
        var first = await UploadAsync(Encoding.UTF8.GetBytes(string.Join('\n', lines)), "plan.txt");
        var (_, plan) = await host.Coordinator.PostAsync($"/api/v1/imports/{first}/commit");

        var revised = lines.Select(l => l.Replace("积极吸纳劳动者就业", "积极吸纳各族劳动者就业", StringComparison.Ordinal));
        var second = await UploadAsync(Encoding.UTF8.GetBytes(string.Join('\n', revised)), "revised.txt");
        var (_, draft) = await host.Coordinator.GetJsonAsync($"/api/v1/imports/{second}");
        var (refused, problem) = await host.Coordinator.PostAsync($"/api/v1/imports/{second}/commit");

        var match = Assert.Single(draft.GetProperty("duplicate_of").EnumerateArray());
        Assert.Equal((plan.Str("id"), "title_and_issue_date"), (match.Str("plan_id"), match.Str("matched_by")));
        Assert.Equal((409, plan.Str("id")), (refused, problem.Str("plan_id")));
    }

    [Fact]
    public async Task A_committed_draft_committed_again_under_another_plan_id_is_refused_naming_the_plan_it_became()
    {
        var id = await UploadAsync(Encoding.UTF8.GetBytes(string.Join('\n', UniqueDocument())), "plan.txt");
        var planId = $"p-{id[4..]}-a";

        var (created, _) = await host.Coordinator.PostAsync($"/api/v1/imports/{id}/commit", new { plan_id = planId });
        var (other, problem) = await host.Coordinator.PostAsync($"/api/v1/imports/{id}/commit", new { plan_id = $"p-{id[4..]}-b" });
        var (same, again) = await host.Coordinator.PostAsync($"/api/v1/imports/{id}/commit", new { plan_id = planId });
        var (unnamed, _) = await host.Coordinator.PostAsync($"/api/v1/imports/{id}/commit");
        var (missing, _) = await host.Coordinator.GetJsonAsync($"/api/v1/plans/p-{id[4..]}-b");

        Assert.Equal(201, created);
        Assert.Equal((409, "import.committed", planId), (other, problem.Str("code"), problem.Str("plan_id")));
        Assert.Equal((201, planId), (same, again.Str("id")));
        Assert.Equal(201, unnamed);
        Assert.Equal(404, missing);
    }

    // The seed under a title of its own, so no other test's plan has it.
    private static string[] UniqueDocument()
    {
        var tag = $"（第{Guid.NewGuid().ToString("n")[..8]}稿）";
        return [.. File.ReadAllLines(Uploads.SeedPath).Select(l => l.Replace(SeedTitle, SeedTitle + tag, StringComparison.Ordinal))];
    }

    private async Task<string> UploadAsync(byte[] bytes, string name)
    {
        var (status, body) = await host.Coordinator.UploadAsync(bytes, name);
        Assert.True(status == 201, body.ToString());
        return body.Str("id");
    }

    private async Task<int> PlanCountAsync() => (await host.Coordinator.GetJsonAsync("/api/v1/plans")).Body.GetArrayLength();

    private static JsonElement.ArrayEnumerator Warnings(JsonElement draft) => draft.GetProperty("draft").GetProperty("warnings").EnumerateArray();
}
