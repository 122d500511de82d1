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

        var steps = (await fixture.StepsAsync(view.Id)).Where(s => s.Step.Obligation == "acknowledge");
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
    public async Task Two_sweeps_of_one_instant_at_once_as_two_nodes_would_record_each_step_once()
    {
        var lead = await DispatchedLeadAsync();
        var owed = Assert.Single((await lead.GetAsync(_world.Coordinator))!.Owed);
        var sweep = fixture.SiloService<DeadlineSweep>();

        var urgeAt = owed.DueAt!.Value.AddDays(3);
        DeadlineFixture.Clock.SetUtcNow(urgeAt);
        var both = await Task.WhenAll(sweep.RunAsync(urgeAt), sweep.RunAsync(urgeAt));

        var steps = await fixture.StepsAsync((await lead.GetAsync(_world.Coordinator))!.Id);
        Assert.Equal(["remind", "urge"], steps.Select(s => s.Step.Step));
        Assert.True(both.Sum(r => r.Steps) >= 2);
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

    [Fact]
    public async Task A_lead_owes_a_report_for_each_month_until_the_work_is_due_and_a_report_meets_the_oldest()
    {
        var lead = await DispatchedLeadAsync();
        var user = World.UserOf(_world.Lead);
        var view = await lead.AcknowledgeAsync(new Responsible("张三", null, null), user, null);

        var reports = view.Owed.Where(o => o.Kind == "report").ToList();
        var first = reports[0];
        Assert.Equal("complete", view.Owed[0].Kind);
        // Monthly periods up to the item's due date (2022-12-31); the December report is the completion's.
        Assert.Equal("2022-11", reports[^1].Period);
        Assert.True(reports.Count >= 5);
        // Due 5 working days after the month ends, at the end of that day in Beijing.
        var monthEnd = DateOnly.ParseExact(first.Period + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddMonths(1).AddDays(-1);
        Assert.True(first.DueAt > new DateTimeOffset(monthEnd.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(8)).AddDays(5));

        var reported = await lead.SubmitReportAsync("本月进展", [], user, null);
        var named = await Assert.ThrowsAsync<SupervisionException>(() => lead.SubmitReportAsync("再报", [], user, null, first.Period));

        Assert.Equal(first.Period, reported.RecentReports[^1].Period);
        Assert.DoesNotContain(reported.Owed, o => o.Period == first.Period);
        Assert.Equal("report.period_not_owed", named.Code);
        var met = await fixture.Tables.QueryAsync(
            "SELECT state FROM obligations WHERE assignment_id = @a AND key = @k",
            new Dictionary<string, object?> { ["a"] = view.Id, ["k"] = "report:" + first.Period }, r => r.GetString(0));
        Assert.Equal(["met"], met);
    }

    [Fact]
    public async Task An_approved_extension_moves_the_due_time_and_restarts_the_ladder()
    {
        var lead = await DispatchedLeadAsync();
        var user = World.UserOf(_world.Lead);
        var owed = Assert.Single((await lead.GetAsync(_world.Coordinator))!.Owed);
        await fixture.Time.RunUntilAsync(owed.DueAt!.Value.AddMinutes(1));
        Assert.Equal("red", (await lead.GetAsync(user))!.Rag);

        var newDate = DateOnly.FromDateTime(owed.DueAt.Value.UtcDateTime).AddDays(20);
        var byCoordinator = await Assert.ThrowsAsync<SupervisionException>(() => lead.RequestExtensionAsync(newDate, "x", _world.Coordinator, null));
        var asked = await lead.RequestExtensionAsync(newDate, "需协调资金，申请延期", user, null);
        var twice = await Assert.ThrowsAsync<SupervisionException>(() => lead.RequestExtensionAsync(newDate, "again", user, null));
        var approved = await lead.DecideExtensionAsync(true, null, "同意", _world.Coordinator, null);

        Assert.Equal(FailureKind.Forbidden, byCoordinator.Kind);
        Assert.Equal(newDate, asked.PendingExtension!.Date);
        Assert.Equal("extension.pending", twice.Code);
        Assert.Null(approved.PendingExtension);
        var moved = Assert.Single(approved.Owed);
        Assert.Equal(new DateTimeOffset(newDate.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(8)), moved.DueAt);
        Assert.Equal(("green", "remind"), (approved.Rag, moved.NextStep));

        // The urging that was due before the extension does not come; the clock runs to the new date's ladder.
        await fixture.Time.RunUntilAsync(moved.DueAt!.Value.AddDays(-1));
        var steps = (await fixture.StepsAsync(approved.Id)).Select(s => s.Step.Step).ToList();
        Assert.Equal(["remind", "remind"], steps);
    }

    [Fact]
    public async Task An_interview_records_commitments_that_are_obligations_until_fulfilled()
    {
        var lead = await DispatchedLeadAsync();
        var today = DateOnly.FromDateTime(DeadlineFixture.Clock.GetUtcNow().UtcDateTime);
        var input = new InterviewInput(today, "办公室第一会议室", ["督查室主任", "人社厅分管负责人"], "约谈纪要：……", [new CommitmentInput("月底前完成整改", today.AddDays(20))]);

        var byAgency = await Assert.ThrowsAsync<SupervisionException>(() => lead.RecordInterviewAsync(input, World.UserOf(_world.Lead), null));
        var view = await lead.RecordInterviewAsync(input, _world.Coordinator, null);
        var rectify = Assert.Single(view.Owed, o => o.Kind == "rectify");
        var seen = await lead.GetAsync(World.UserOf(_world.Lead));
        var done = await lead.FulfilCommitmentAsync(1, 1, "已完成，见附件", World.UserOf(_world.Lead), null);

        Assert.Equal(FailureKind.Forbidden, byAgency.Kind);
        Assert.Equal(("1.1", _world.Lead), (rectify.Period, rectify.OwedBy));
        Assert.Equal("办公室第一会议室", Assert.Single(seen!.Interviews).Place);
        Assert.DoesNotContain(done.Owed, o => o.Kind == "rectify");
        Assert.Equal([1], Assert.Single(done.Interviews).Fulfilled);
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
