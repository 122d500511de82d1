using System.Text.Json;
using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Assignments.Parts;
using Supervision.Engine.Notices;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Tests.Notices;

/// <summary>Which notices an assignment's events ask for, and to whom: the ladder's steps become notices of their kind.</summary>
public sealed class NoticeRulesTests
{
    private static readonly DateTimeOffset At = new(2022, 10, 10, 2, 0, 0, TimeSpan.Zero);

    private static readonly AssignmentOpening Opening = new(
        "p-1.1", "p-1", "二(一)", "实施产业发展带动就业行动", "hrss", AssignmentRole.Lead, "standard", 1, At.AddDays(3), new DateOnly(2022, 12, 31));

    [Theory]
    [InlineData("remind", NoticeKinds.Reminder, null)]
    [InlineData("urge", NoticeKinds.Urging, null)]
    [InlineData("supervise", NoticeKinds.SupervisionSlip, "red")]
    [InlineData("interview", NoticeKinds.Interview, null)]
    [InlineData("notice", NoticeKinds.PublicNotice, null)]
    public void A_ladder_step_asks_for_its_notice_to_whom_the_definition_says(string step, string kind, string? colour)
    {
        var before = Opened();
        var reached = new EscalationReached("acknowledge", "hrss", step, 2, At, ["liaison", "agency_head", "office"], colour, null);

        var request = Single(before, reached);

        Assert.Equal(kind, request.Kind);
        Assert.Equal(["liaison", "agency_head", "office"], request.Notify);
        Assert.Equal(colour, request.Colour);
        Assert.Equal("acknowledge", request.Obligation);
        Assert.Equal(Opening.AcknowledgeBy, request.DueAt);
    }

    [Fact]
    public void A_dispatch_asks_for_a_notice_to_the_liaison_with_an_acknowledge_link_that_never_delays_the_command()
    {
        var state = new AssignmentState();
        var entry = new TrailEntry(new AssignmentOpened(Opening), Actor.System, At, null);
        var after = new AssignmentState();
        after.Apply(entry);

        var reaction = Assert.Single(NoticeRules.For(state, after, new RecordedEvent(entry, 1)));
        var request = JsonSerializer.Deserialize<NoticeRequest>(reaction.Payload, EventCodec.Json)!;

        Assert.Equal(NoticeRules.Kind, reaction.Kind);
        Assert.False(reaction.Settle);
        Assert.Equal(NoticeKinds.Dispatch, request.Kind);
        Assert.True(request.AckLink);
        Assert.Equal(["liaison"], request.Notify);
    }

    [Fact]
    public void An_approved_extension_tells_the_agency_its_new_due_time()
    {
        var newDue = At.AddDays(20);
        var request = Single(Opened(), new ExtensionApproved("acknowledge", new DateOnly(2022, 10, 30), newDue, "同意"));

        Assert.Equal((NoticeKinds.ExtensionDecided, "extension_approved", newDue), (request.Kind, request.Step, request.DueAt));
        Assert.Equal(["responsible", "liaison"], request.Notify);
    }

    [Fact]
    public void Steps_processed_late_in_one_append_send_only_the_highest()
    {
        var before = Opened();
        var remind = new TrailEntry(new EscalationReached("acknowledge", "hrss", "remind", 0, At, ["liaison"], null, null), Actor.System, At, null);
        var urge = new TrailEntry(new EscalationReached("acknowledge", "hrss", "urge", 1, At.AddDays(3), ["liaison"], null, null), Actor.System, At, null);
        var after = Opened();
        after.Apply(remind);
        after.Apply(urge);

        Assert.Empty(NoticeRules.For(before, after, new RecordedEvent(remind, 2)));
        Assert.Single(NoticeRules.For(before, after, new RecordedEvent(urge, 3)));
    }

    [Fact]
    public void A_step_taken_by_hand_carries_its_reason()
    {
        var request = Single(Opened(), new EscalationReached("complete", "hrss", "interview", 3, At, ["responsible", "agency_head"], null, "连续三个月未报送"));

        Assert.Equal("连续三个月未报送", request.Detail);
    }

    private static AssignmentState Opened()
    {
        var state = new AssignmentState();
        state.Apply(new TrailEntry(new AssignmentOpened(Opening), Actor.System, At, null));
        return state;
    }

    private static NoticeRequest Single(AssignmentState before, IDomainEvent @event)
    {
        var entry = new TrailEntry(@event, Actor.System, At, null);
        var after = Opened();
        after.Apply(entry);
        // The assignment's own notices, and those of its parts (extensions, major issues), as the grain gathers them.
        var recorded = new RecordedEvent(entry, 2);
        var reaction = Assert.Single(NoticeRules.For(before, after, recorded).Concat(AssignmentParts.All.SelectMany(p => p.React(before, after, recorded))));
        return JsonSerializer.Deserialize<NoticeRequest>(reaction.Payload, EventCodec.Json)!;
    }
}
