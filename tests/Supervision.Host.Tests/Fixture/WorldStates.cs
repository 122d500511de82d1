using Microsoft.Extensions.DependencyInjection;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;

namespace Supervision.Host.Tests.Fixture;

/// <summary>The state a command needs before its permitted role may make it, reached through the API on a fresh world.</summary>
public enum WorldState
{
    /// <summary>The plan's item is dispatched; every assignment is waiting to be acknowledged.</summary>
    Dispatched,
    Undispatched,
    LeadDisputed,
    LeadAcknowledged,
    LeadReported,
    CoopAcknowledged,
    ReadyToComplete,
    CompletionSubmitted,
    /// <summary>The lead asked for an extension of its acknowledgement; the office has not decided.</summary>
    ExtensionAsked,
    /// <summary>The office recorded an interview with the lead, with one commitment.</summary>
    Interviewed,
    /// <summary>Campaign <c>c-{tag}</c> is open on the item.</summary>
    CampaignOpen,
    /// <summary>The campaign recorded finding 1 against the lead.</summary>
    FindingRecorded,
    /// <summary>The lead reported finding 1 rectified.</summary>
    FindingRectified,
    /// <summary>Evaluation <c>e-{tag}</c> of the plan is set up (live).</summary>
    Evaluated,
    /// <summary>The lead acknowledged and the office opened dispatch round 1 of the plan.</summary>
    RoundOpened,
    /// <summary>The lead acknowledged and raised major issue 1.</summary>
    MajorIssueRaised,
    /// <summary>Agency <c>sub-{tag}</c> sits below the lead in the registry, so the lead may cascade its assignment to it.</summary>
    SubAgency,
    /// <summary>A reaction no handler carries out is in the queue (waiting, or parked after its attempt).</summary>
    ReactionWaiting,
}

/// <summary>Brings an <see cref="ApiWorld"/> to a <see cref="WorldState"/>, asserting every step was accepted.</summary>
public static class WorldStates
{
    public static async Task<ApiWorld> CreateAsync(HostFixture host, WorldState state)
    {
        var w = await ApiWorld.CreateAsync(host, dispatch: state != WorldState.Undispatched);
        var lead = $"/api/v1/assignments/{w.LeadAssignment}";
        var coop = $"/api/v1/assignments/{w.CoopAssignment}";
        var steps = state switch
        {
            WorldState.LeadDisputed => [(w.LeadUser, $"{lead}/dispute", (object)new { reason = "不属于本单位职责" })],
            WorldState.LeadAcknowledged => [Acknowledge(w.LeadUser, lead)],
            WorldState.LeadReported => [Acknowledge(w.LeadUser, lead), (w.LeadUser, $"{lead}/reports", new { narrative = "已完成一半" })],
            WorldState.CoopAcknowledged => [Acknowledge(w.CoopUser, coop)],
            WorldState.ReadyToComplete => [Acknowledge(w.LeadUser, lead), (host.Coordinator, $"{coop}/waive", new { reason = "无需配合" })],
            WorldState.CompletionSubmitted =>
                [Acknowledge(w.LeadUser, lead), (host.Coordinator, $"{coop}/waive", new { reason = "无需配合" }), (w.LeadUser, $"{lead}/completion", new { evidence = "文件已印发" })],
            WorldState.ExtensionAsked => [(w.LeadUser, $"{lead}/extension", new { date = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reason = "需协调" })],
            WorldState.Interviewed =>
                [(host.Coordinator, $"{lead}/interviews", new { held_on = "2026-01-05", place = "第一会议室", minutes = "纪要", attendees = new[] { "主任" }, commitments = new[] { new { text = "整改", due = "2026-02-05" } } })],
            WorldState.CampaignOpen => [Campaign(host, w)],
            WorldState.FindingRecorded => [Campaign(host, w), Finding(host, w)],
            WorldState.FindingRectified => [Campaign(host, w), Finding(host, w), (w.LeadUser, $"{lead}/findings/1/rectification", new { text = "已整改" })],
            WorldState.Evaluated => [(host.Coordinator, "/api/v1/evaluations", new { id = $"e-{w.Tag}", title = "年度考核", from = "2022-01-01", to = "2030-12-31", plan_id = w.PlanId })],
            WorldState.RoundOpened =>
                [Acknowledge(w.LeadUser, lead), (host.Coordinator, $"/api/v1/plans/{w.PlanId}/rounds", new { period = "2026-01", start = "2026-01-01", end = "2026-01-31", due = "2026-02-10" })],
            WorldState.MajorIssueRaised =>
                [Acknowledge(w.LeadUser, lead), (w.LeadUser, $"{lead}/major-issues", new { severity = "serious", summary = "资金缺口", needs = "请财政厅协调" })],
            _ => Array.Empty<(HttpClient, string, object)>(),
        };
        foreach (var (client, path, body) in steps)
        {
            var (status, answer) = await client.PostAsync(path, body);
            Assert.True(status is >= 200 and < 300, $"bringing the world to {state}: POST {path} answered {status} {answer}");
        }

        if (state == WorldState.SubAgency)
        {
            await SubAgencyAsync(host, w);
        }

        if (state == WorldState.ReactionWaiting)
        {
            w.ReactionId = await QueuedReactionAsync(host, w);
        }

        return w;
    }

    private static async Task SubAgencyAsync(HostFixture host, ApiWorld w)
    {
        var (created, answer) = await host.Coordinator.PostAsync("/api/v1/agencies", new { id = $"sub-{w.Tag}", name = $"乌鲁木齐市人力资源和社会保障局{w.Tag}" });
        var (moved, parent) = await host.Coordinator.SendAsync(HttpMethod.Put, $"/api/v1/agencies/sub-{w.Tag}/parent", new { parent_id = w.Lead });
        Assert.True(created == 201 && moved == 200, $"bringing the world to {WorldState.SubAgency}: {answer} {parent}");
    }

    private static async Task<string> QueuedReactionAsync(HostFixture host, ApiWorld w)
    {
        var reaction = PendingReaction.Caused(
            $"test-{w.Tag}", 1, new TrailEntry(new Engine.Items.Events.ItemCompleted(), Actor.System, DateTimeOffset.UtcNow, null),
            new Reaction("test.nobody_handles_this", $"target-{w.Tag}", "{}", Settle: false));
        await host.Services.GetRequiredService<ITables>().ExecuteAsync([ReactionRows.Insert(reaction, TimeSpan.FromSeconds(30))]);
        return reaction.Id;
    }

    private static (HttpClient, string, object) Campaign(HostFixture host, ApiWorld w) =>
        (host.Coordinator, "/api/v1/campaigns", new { id = $"c-{w.Tag}", theme = "专项督导", starts = "2022-01-01", ends = "2030-12-31", item_ids = new[] { w.ItemId } });

    private static (HttpClient, string, object) Finding(HostFixture host, ApiWorld w) =>
        (host.Coordinator, $"/api/v1/campaigns/c-{w.Tag}/findings", new { assignment_id = w.LeadAssignment, severity = "serious", text = "台账不全", due = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });

    private static (HttpClient, string, object) Acknowledge(HttpClient user, string assignment) =>
        (user, $"{assignment}/acknowledge", new { responsible_name = "张三" });
}
