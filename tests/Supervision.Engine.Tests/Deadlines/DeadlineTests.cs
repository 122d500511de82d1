using Supervision.Engine.Assignments;
using Supervision.Engine.Deadlines;
using Supervision.Engine.Errors;
using Supervision.Engine.Tests.Cluster;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Deadlines;

[Collection(DeadlineCollection.Name)]
public sealed class DeadlineTests(DeadlineFixture fixture)
{
    private readonly World _world = new(fixture.Grains);

    [Fact]
    public async Task An_acknowledgement_stops_its_case_after_the_reminder()
    {
        var lead = await DispatchedLeadAsync();
        var owed = Assert.Single((await lead.GetAsync(_world.Coordinator))!.Owed);
        Assert.Equal(("acknowledge", "remind"), (owed.Kind, owed.NextStep));

        await fixture.Time.RunUntilAsync(owed.NextStepAt!.Value.AddHours(1));
        var view = await lead.AcknowledgeAsync(new Responsible("张三", null, null), World.UserOf(_world.Lead), null);
        await fixture.Time.RunUntilAsync(owed.DueAt!.Value.AddDays(40));

        var steps = await fixture.StepsAsync(view.Id);
        Assert.Equal(["remind"], steps.Select(s => s.Step.Step));
        var state = await fixture.Tables.QueryAsync(
            "SELECT state, closed_by FROM obligations WHERE assignment_id = @a AND kind = 'acknowledge'",
            new Dictionary<string, object?> { ["a"] = view.Id }, r => (r.GetString(0), r.GetString(1)));
        Assert.Equal([("met", "AssignmentAcknowledged")], state);
    }

    [Fact]
    public async Task A_firing_delivered_twice_or_late_records_each_step_once()
    {
        var lead = await DispatchedLeadAsync();
        var owed = Assert.Single((await lead.GetAsync(_world.Coordinator))!.Owed);
        var sweep = fixture.SiloService<DeadlineSweep>();

        // Late: the clock is past the reminder and the urging, and nothing has fired yet.
        var urgeAt = owed.DueAt!.Value.AddDays(3);
        DeadlineFixture.Clock.SetUtcNow(urgeAt);
        var first = await sweep.RunAsync(urgeAt);
        var twice = await sweep.RunAsync(urgeAt);
        var again = await lead.EscalateDueAsync();

        var steps = await fixture.StepsAsync((await lead.GetAsync(_world.Coordinator))!.Id);
        Assert.Equal(["remind", "urge"], steps.Select(s => s.Step.Step));
        Assert.True(first.Steps >= 2);
        Assert.Equal((0, 0), (twice.Steps, again));

        // Processed late, each with its true due time in the trail and the time it was processed.
        Assert.All(steps, s => Assert.Equal(urgeAt, s.At));
        Assert.True(steps[0].Step.DueAt < steps[1].Step.DueAt);
        Assert.True(steps[1].Step.DueAt <= urgeAt);
    }

    [Fact]
    public async Task A_coordinator_escalates_by_hand_with_a_reason_and_an_agency_cannot()
    {
        var lead = await DispatchedLeadAsync();

        var refused = await Assert.ThrowsAsync<SupervisionException>(
            () => lead.EscalateAsync("慢", null, null, World.UserOf(_world.Lead), null));
        var view = await lead.EscalateAsync("领导批示：重点督办", "supervise", "red", _world.Coordinator, "c-esc-1");
        var lower = await Assert.ThrowsAsync<SupervisionException>(
            () => lead.EscalateAsync("再催", "urge", null, _world.Coordinator, null));
        var repeat = await lead.EscalateAsync("领导批示：重点督办", "supervise", "red", _world.Coordinator, "c-esc-1");

        Assert.Equal(FailureKind.Forbidden, refused.Kind);
        Assert.Equal(("supervise", "red", "领导批示：重点督办"), (view.Escalation!.Step, view.Escalation.Colour, view.Escalation.Reason));
        Assert.Equal("red", view.Rag);
        Assert.Equal("escalation.already_reached", lower.Code);
        Assert.Equal(view.Version, repeat.Version);

        // The clock carries on from the step reached by hand: the next rung is the interview.
        Assert.Equal("interview", Assert.Single(view.Owed).NextStep);
    }

    [Fact]
    public async Task The_colour_is_green_then_yellow_in_the_warning_window_then_red_when_overdue()
    {
        var lead = await DispatchedLeadAsync();
        var owed = Assert.Single((await lead.GetAsync(_world.Coordinator))!.Owed);
        var green = (await lead.GetAsync(_world.Coordinator))!.Rag;

        DeadlineFixture.Clock.SetUtcNow(owed.NextStepAt!.Value.AddMinutes(1));
        var yellow = (await lead.GetAsync(_world.Coordinator))!.Rag;
        DeadlineFixture.Clock.SetUtcNow(owed.DueAt!.Value.AddMinutes(1));
        var red = (await lead.GetAsync(_world.Coordinator))!.Rag;

        Assert.Equal(("green", "yellow", "red"), (green, yellow, red));
    }

    [Fact]
    public async Task Dispatch_asks_for_a_firing_at_the_first_rung_and_no_more()
    {
        var lead = await DispatchedLeadAsync();
        var owed = Assert.Single((await lead.GetAsync(_world.Coordinator))!.Owed);

        var queue = fixture.SiloService<DeadlineQueue>();
        Assert.NotNull(queue.Peek());
        Assert.True(queue.Peek() <= owed.NextStepAt);
        var next = await fixture.Tables.QueryAsync(
            "SELECT next_at FROM obligations WHERE assignment_id = @a AND state = 'open'",
            new Dictionary<string, object?> { ["a"] = (await lead.GetAsync(_world.Coordinator))!.Id }, r => TrailTime.Parse(r.GetString(0)));
        Assert.Equal([owed.NextStepAt!.Value], next);
    }

    private async Task<IAssignmentGrain> DispatchedLeadAsync()
    {
        // Each test starts a week after the clock's latest position, so the tests of the collection never share a deadline.
        var now = DeadlineFixture.Clock.GetUtcNow();
        DeadlineFixture.Clock.SetUtcNow(new DateTimeOffset(now.UtcDateTime.Date.AddDays(7), TimeSpan.Zero).AddHours(2));
        var item = await _world.ItemAsync();
        return _world.Assignment(item, _world.Lead);
    }
}
