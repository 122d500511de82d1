using System.Text.Json;
using Supervision.Engine.Hosting;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class ReactionsApiTests(HostFixture host)
{
    [Fact]
    public async Task An_admin_sees_a_parked_reaction_with_its_error_retries_it_and_readiness_reports_it()
    {
        var id = await WriteReactionAsync("test.nobody_handles_this");

        var parked = await WaitForParkedAsync(id);
        var (retried, answer) = await host.Admin.PostAsync($"/api/v1/reactions/{id}/retry");
        var again = await WaitForParkedAsync(id, after: parked.Str("due_at"));
        var ready = JsonDocument.Parse(await host.Anonymous.GetStringAsync("/health/ready")).RootElement;

        Assert.Contains("No handler carries out reactions of kind 'test.nobody_handles_this'", parked.Str("last_error"), StringComparison.Ordinal);
        Assert.Equal((200, 1), (retried, answer.GetProperty("retried").GetInt32()));
        Assert.Equal(1, again.GetProperty("attempts").GetInt32());
        Assert.Equal("degraded", ready.Str("status"));
        Assert.True(ready.GetProperty("checks").GetProperty("reactions").GetProperty("data").GetProperty("failed").GetInt64() >= 1);
    }

    [Fact]
    public async Task Only_the_admin_reads_or_retries_reactions_and_an_unknown_id_is_not_found()
    {
        var (coordinatorList, _) = await host.Coordinator.GetJsonAsync("/api/v1/reactions?state=failed");
        var (inspectorRetry, _) = await host.Inspector.PostAsync("/api/v1/reactions/retry");
        var (unknown, problem) = await host.Admin.PostAsync("/api/v1/reactions/rx-0000000000000000/retry");
        var (badState, stateProblem) = await host.Admin.GetJsonAsync("/api/v1/reactions?state=lost");
        var (adminList, _) = await host.Admin.GetJsonAsync("/api/v1/reactions?state=done");

        Assert.Equal((403, 403, 404, 400, 200), (coordinatorList, inspectorRetry, unknown, badState, adminList));
        Assert.Equal("not_found", problem.Str("code"));
        Assert.Equal("state", stateProblem.Str("field"));
    }

    [Fact]
    public async Task Dispatching_leaves_every_reaction_carried_out()
    {
        var w = await ApiWorld.CreateAsync(host);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });

        var (_, done) = await host.Admin.GetJsonAsync("/api/v1/reactions?state=done&limit=500");
        var (_, pending) = await host.Admin.GetJsonAsync("/api/v1/reactions?state=pending&limit=500");

        var mine = done.EnumerateArray().Where(r => r.Str("target")!.StartsWith(w.ItemId, StringComparison.Ordinal)).ToList();
        Assert.Contains(mine, r => r.Str("kind") == "assignment.open" && r.Str("target") == w.LeadAssignment);
        // Notices are never settled at once (mail never delays a command): the dispatcher sends them afterwards.
        Assert.DoesNotContain(pending.EnumerateArray(), r => r.Str("target")!.StartsWith(w.ItemId, StringComparison.Ordinal) && r.Str("kind") != "notice.send");
    }

    private async Task<string> WriteReactionAsync(string kind)
    {
        await using var store = StoreSetup.Create(StoreSetup.Sqlite, Path.Combine(host.DataDirectory, "supervision.db"));
        await store.InitializeAsync();
        var tag = Guid.NewGuid().ToString("n")[..8];
        var reaction = PendingReaction.Caused(
            $"test-{tag}", 1, new TrailEntry(new Engine.Items.Events.ItemCompleted(), Actor.System, DateTimeOffset.UtcNow, null),
            new Reaction(kind, $"target-{tag}", "{}", Settle: false));
        await store.Tables.ExecuteAsync([ReactionRows.Insert(reaction, TimeSpan.FromSeconds(30))]);
        return reaction.Id;
    }

    /// <summary>Waits until the reaction is parked (a second time: parked later than <paramref name="after"/>).</summary>
    private async Task<JsonElement> WaitForParkedAsync(string id, string? after = null)
    {
        for (var i = 0; i < 200; i++)
        {
            var (_, failed) = await host.Admin.GetJsonAsync("/api/v1/reactions?state=failed&limit=500");
            var row = failed.EnumerateArray().FirstOrDefault(r => r.Str("id") == id);
            if (row.ValueKind == JsonValueKind.Object && (after is null || string.CompareOrdinal(row.Str("due_at"), after) > 0))
            {
                return row;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Reaction {id} was not parked.");
    }
}
