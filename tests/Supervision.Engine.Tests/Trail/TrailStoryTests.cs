using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Items;
using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Story;
using Supervision.Engine.Trail.Words;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Tests.Trail;

/// <summary>The trail's sentences: every event type has a title, names replace ids, times are the office's, and an unknown event still reads.</summary>
public sealed class TrailStoryTests
{
    private static readonly DateTimeOffset At = new(2022, 7, 4, 10, 0, 0, TimeSpan.Zero);

    private static readonly StoryNames Names = new(
        new Dictionary<string, string> { ["u-0123456789ab"] = "王主任", ["u-aaaaaaaaaaaa"] = "自治区人力资源和社会保障厅联络员" },
        new Dictionary<string, string> { ["rsj"] = "自治区人力资源和社会保障厅" },
        new Dictionary<string, ItemAssignment> { ["p.1~rsj"] = new("p.1~rsj", "rsj", AssignmentRole.Lead) },
        TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

    [Fact]
    public void Every_event_type_the_engine_writes_has_a_title_in_the_vocabulary()
    {
        var types = typeof(IDomainEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))
            .Select(t => t.Name);
        Assert.Empty(types.Except(EventTitles.Types));
    }

    [Fact]
    public void An_escalation_by_hand_names_the_person_the_step_its_reason_and_no_payload_key()
    {
        var e = Stored(new EscalationReached("complete", "rsj", "supervise", 2, At, ["liaison", "agency_head"], "blue", "领导批示"), new Actor("u-0123456789ab", "coordinator", null));
        var line = TrailStory.Tell(e, Names, english: false);
        Assert.Equal("王主任（督查办公室）将自治区人力资源和社会保障厅（牵头单位）的办结升级为「督办」（蓝色督办单），通知联络员、单位主要负责人，理由：领导批示。", line.Sentence);
        Assert.Equal("督办升级", line.Title);
        Assert.Equal("王主任 (coordinator) escalated the completion of 自治区人力资源和社会保障厅 (lead agency) to supervision (blue slip), telling the liaison, the agency head; reason: 领导批示.",
            TrailStory.Tell(e, Names, english: true).Sentence);
    }

    [Fact]
    public void A_person_whose_name_already_says_the_agency_is_not_followed_by_it_again()
    {
        var e = Stored(new CompletionReturned("缺台账", At), new Actor("u-aaaaaaaaaaaa", "agency", "rsj"));
        var line = TrailStory.Tell(e, Names, english: false);
        Assert.StartsWith("自治区人力资源和社会保障厅联络员", line.Sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("联络员（自治区人力资源和社会保障厅）", line.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_times_are_told_in_the_offices_zone_and_an_unknown_person_by_role_never_by_id()
    {
        var e = Stored(new CompletionReturned("缺台账", At), new Actor("u-ffffffffffff", "coordinator", null));
        var line = TrailStory.Tell(e, Names, english: false);
        Assert.Equal("督查办公室退回自治区人力资源和社会保障厅（牵头单位）的办结申请，理由：缺台账；整改期限 2022-07-04 18:00。", line.Sentence);
        Assert.DoesNotContain("u-", line.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_type_newer_than_this_build_still_gets_its_title_and_assignment()
    {
        var e = new StoredEvent("assignment-p.1~rsj", 3, 9, "SomethingNew", "{\"x\":1}", Actor.System, At, null, new string('0', 64), new string('1', 64));
        Assert.Equal("系统记录了「SomethingNew」（自治区人力资源和社会保障厅（牵头单位））。", TrailStory.Tell(e, Names, english: false).Sentence);
    }

    private static StoredEvent Stored(IDomainEvent e, Actor actor)
    {
        var encoded = EventCodec.Encode(new TrailEntry(e, actor, At, null));
        return new StoredEvent("assignment-p.1~rsj", 5, 17, encoded.Type, encoded.Payload, actor, At, null, new string('0', 64), new string('1', 64));
    }
}
