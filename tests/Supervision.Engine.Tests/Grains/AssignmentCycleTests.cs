using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Tests.Cluster;
using Supervision.Workflows.Cycle;
using Supervision.Workflows.Items;

namespace Supervision.Engine.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class AssignmentCycleTests(ClusterFixture fixture)
{
    private readonly World _world = new(fixture.Grains);

    [Fact]
    public async Task Dispatch_opens_one_assignment_per_agency_with_the_definition_version()
    {
        var itemId = await _world.ItemAsync();

        var item = await _world.Item(itemId).GetAsync(_world.Coordinator);
        Assert.Equal(ItemStatus.Dispatched, item!.Status);
        Assert.Equal(("standard", 1), (item.DefinitionId, item.DefinitionVersion));
        Assert.Equal([(_world.Lead, AssignmentRole.Lead), (_world.Cooperator, AssignmentRole.Cooperating)], item.Assignments.Select(a => (a.AgencyId, a.Role)));
        var lead = await _world.Assignment(itemId, _world.Lead).GetAsync(_world.Coordinator);
        Assert.Equal(AssignmentStatus.Dispatched, lead!.Status);
        Assert.True(lead.AcknowledgeBy > ClusterFixture.Clock.GetUtcNow());
    }

    [Fact]
    public async Task The_whole_cycle_completes_the_item_once_the_lead_is_approved()
    {
        var itemId = await _world.ItemAsync();
        var lead = _world.Assignment(itemId, _world.Lead);
        var coop = _world.Assignment(itemId, _world.Cooperator);
        var leadUser = World.UserOf(_world.Lead);

        await lead.AcknowledgeAsync(new Responsible("张三", "0991-1234567", null), leadUser, null);
        await lead.SubmitReportAsync("一季度新增就业12万人", [new Indicator("城镇新增就业", 120000, "人")], leadUser, null);
        await lead.ReviewReportAsync(1, true, "好", _world.Coordinator, null);
        await coop.AcknowledgeAsync(new Responsible("李四", null, null), World.UserOf(_world.Cooperator), null);
        await coop.ContributeAsync("已拨付资金", World.UserOf(_world.Cooperator), null);
        await lead.SubmitCompletionAsync("全年新增就业46.2万人，见附件", leadUser, null);
        var approved = await lead.ReviewCompletionAsync(true, "同意办结", _world.Coordinator, null);

        Assert.Equal(AssignmentStatus.Completed, approved.Status);
        Assert.Equal(ReportStatus.Accepted, approved.RecentReports.Single().Status);
        Assert.Equal(ItemStatus.Completed, (await _world.Item(itemId).GetAsync(_world.Coordinator))!.Status);
    }

    [Fact]
    public async Task Lead_cannot_submit_completion_while_a_cooperator_has_not_contributed()
    {
        var itemId = await _world.ItemAsync();
        var lead = _world.Assignment(itemId, _world.Lead);
        await lead.AcknowledgeAsync(new Responsible("张三", null, null), World.UserOf(_world.Lead), null);

        var refused = await Assert.ThrowsAsync<SupervisionException>(() => lead.SubmitCompletionAsync("done", World.UserOf(_world.Lead), null));

        Assert.Equal(FailureKind.Conflict, refused.Kind);
        Assert.Equal("cycle.cooperators_pending", refused.Code);
        await _world.Assignment(itemId, _world.Cooperator).WaiveAsync("不再需要", _world.Coordinator, null);
        Assert.Equal(AssignmentStatus.UnderReview, (await lead.SubmitCompletionAsync("done", World.UserOf(_world.Lead), null)).Status);
    }

    [Fact]
    public async Task Returned_completion_goes_to_rework_with_a_window_and_can_be_resubmitted()
    {
        var itemId = await _world.ItemAsync(withCooperator: false);
        var lead = _world.Assignment(itemId, _world.Lead);
        var user = World.UserOf(_world.Lead);
        await lead.AcknowledgeAsync(new Responsible("张三", null, null), user, null);
        await lead.SubmitCompletionAsync("初稿", user, null);

        var returned = await lead.ReviewCompletionAsync(false, "缺少佐证材料", _world.Coordinator, null);

        Assert.Equal(AssignmentStatus.Rework, returned.Status);
        Assert.Equal("缺少佐证材料", returned.ReturnReason);
        Assert.NotNull(returned.ReworkBy);
        Assert.Equal(AssignmentStatus.UnderReview, (await lead.SubmitCompletionAsync("补充材料", user, null)).Status);
    }

    [Fact]
    public async Task Another_agencys_user_and_an_inspector_are_refused_and_nothing_is_recorded()
    {
        var itemId = await _world.ItemAsync();
        var lead = _world.Assignment(itemId, _world.Lead);
        var before = (await lead.GetAsync(_world.Coordinator))!.Version;

        var byOther = await Assert.ThrowsAsync<SupervisionException>(() => lead.AcknowledgeAsync(new Responsible("x", null, null), World.UserOf(_world.Other), null));
        var byInspector = await Assert.ThrowsAsync<SupervisionException>(() => lead.WithdrawAsync("no", _world.Inspector, null));

        Assert.Equal(FailureKind.Forbidden, byOther.Kind);
        Assert.Equal(FailureKind.Forbidden, byInspector.Kind);
        Assert.Null(await lead.GetAsync(World.UserOf(_world.Other)));
        Assert.Equal(before, (await lead.GetAsync(_world.Coordinator))!.Version);
    }

    [Fact]
    public async Task Forbidden_moves_are_refused_with_the_machines_reason()
    {
        var itemId = await _world.ItemAsync();
        var lead = _world.Assignment(itemId, _world.Lead);
        var user = World.UserOf(_world.Lead);

        var reportTooEarly = await Assert.ThrowsAsync<SupervisionException>(() => lead.SubmitReportAsync("x", [], user, null));
        await lead.AcknowledgeAsync(new Responsible("张三", null, null), user, null);
        var twice = await Assert.ThrowsAsync<SupervisionException>(() => lead.AcknowledgeAsync(new Responsible("张三", null, null), user, null));
        var approveUnsubmitted = await Assert.ThrowsAsync<SupervisionException>(() => lead.ReviewCompletionAsync(true, null, _world.Coordinator, null));
        await lead.WithdrawAsync("计划调整", _world.Coordinator, null);
        var afterWithdraw = await Assert.ThrowsAsync<SupervisionException>(() => lead.SubmitReportAsync("x", [], user, null));

        Assert.All([reportTooEarly, twice, approveUnsubmitted, afterWithdraw], e => Assert.Equal(FailureKind.Conflict, e.Kind));
        Assert.All([reportTooEarly, twice, approveUnsubmitted, afterWithdraw], e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public async Task An_upheld_dispute_reassigns_the_work_to_another_agency()
    {
        var itemId = await _world.ItemAsync();
        var coop = _world.Assignment(itemId, _world.Cooperator);
        await coop.DisputeAsync("该项工作不属于我厅职责", World.UserOf(_world.Cooperator), null);

        var settled = await coop.ResolveDisputeAsync(DisputeOutcome.Reassign, _world.Other, "改由商务厅配合", _world.Coordinator, null);

        Assert.Equal(AssignmentStatus.Reassigned, settled.Status);
        var replacement = await _world.Assignment(itemId, _world.Other).GetAsync(World.UserOf(_world.Other));
        Assert.Equal((AssignmentStatus.Dispatched, AssignmentRole.Cooperating), (replacement!.Status, replacement.Role));
        Assert.Contains((await _world.Item(itemId).GetAsync(_world.Coordinator))!.Assignments, a => a.AgencyId == _world.Other);
    }

    [Fact]
    public async Task A_rejected_dispute_leaves_the_assignment_standing()
    {
        var itemId = await _world.ItemAsync();
        var coop = _world.Assignment(itemId, _world.Cooperator);
        await coop.DisputeAsync("不是我们的", World.UserOf(_world.Cooperator), null);

        var settled = await coop.ResolveDisputeAsync(DisputeOutcome.Reject, null, "职责清单明确", _world.Coordinator, null);

        Assert.Equal(AssignmentStatus.Dispatched, settled.Status);
    }

    [Fact]
    public async Task A_retried_command_with_the_same_correlation_records_one_event()
    {
        var itemId = await _world.ItemAsync();
        var lead = _world.Assignment(itemId, _world.Lead);
        var user = World.UserOf(_world.Lead);
        var acknowledged = await lead.AcknowledgeAsync(new Responsible("张三", null, null), user, "idem:ack");
        var acknowledgedAgain = await lead.AcknowledgeAsync(new Responsible("张三", null, null), user, "idem:ack");
        Assert.Equal(acknowledged.Version, acknowledgedAgain.Version);

        var first = await lead.SubmitReportAsync("进展", [], user, "idem:k1");
        var again = await lead.SubmitReportAsync("进展", [], user, "idem:k1");

        Assert.Equal(first.Version, again.Version);
        Assert.Single(again.RecentReports);
        Assert.Equal(1, again.ReportCount);
    }

    [Fact]
    public async Task The_trail_holds_every_event_with_its_actor_and_replays_to_the_same_state()
    {
        var itemId = await _world.ItemAsync(withCooperator: false);
        var lead = _world.Assignment(itemId, _world.Lead);
        var user = World.UserOf(_world.Lead);
        await lead.AcknowledgeAsync(new Responsible("张三", null, null), user, null);
        var view = await lead.SubmitReportAsync("进展", [], user, null);

        var events = await fixture.Store.ReadStreamAsync($"assignment-{AssignmentIds.For(itemId, _world.Lead)}");

        Assert.Equal(["AssignmentOpened", "AssignmentAcknowledged", "ReportsScheduled", "ReportSubmitted"], events.Select(e => e.Type));
        Assert.Equal(_world.Lead, events[1].Actor.AgencyId);
        Assert.True(Supervision.Engine.Trail.TrailVerifier.Verify(events).Intact);
        var replayed = new AssignmentState();
        foreach (var e in events)
        {
            replayed.Apply(Supervision.Engine.Trail.EventCodec.Decode(e));
        }

        Assert.Equal(view.Status, replayed.Status);
        Assert.Equal(view.ReportCount, replayed.Reports.Count);
    }

    [Fact]
    public async Task Bad_text_is_refused_naming_the_field()
    {
        var itemId = await _world.ItemAsync();
        var lead = _world.Assignment(itemId, _world.Lead);

        var control = await Assert.ThrowsAsync<SupervisionException>(() => lead.AcknowledgeAsync(new Responsible("张\u0001三", null, null), World.UserOf(_world.Lead), null));
        var huge = await Assert.ThrowsAsync<SupervisionException>(() => lead.DisputeAsync(new string('x', 1_000_000), World.UserOf(_world.Lead), null));

        Assert.Equal(("input.control_character", "responsible.name"), (control.Code, control.Field));
        Assert.Equal(("input.too_long", "reason"), (huge.Code, huge.Field));
    }

    [Fact]
    public async Task A_retried_add_item_answers_with_the_same_item()
    {
        await _world.ItemAsync(dispatch: false);
        var plan = fixture.Grains.GetGrain<Plans.IPlanGrain>(_world.PlanId);
        var spec = new ItemSpec("二(二)", "实施国有企业改革发展促就业行动", null, null, [_world.Lead], [], []);

        var first = await plan.AddItemAsync(spec, _world.Coordinator, "idem:add-2");
        var other = await plan.AddItemAsync(spec with { Ref = "二(三)" }, _world.Coordinator, "idem:add-3");
        var retried = await plan.AddItemAsync(spec, _world.Coordinator, "idem:add-2");

        Assert.Equal(first, retried);
        Assert.NotEqual(first, other);
        Assert.Equal(3, (await plan.GetAsync(_world.Coordinator))!.ItemIds.Count);
    }

    [Fact]
    public async Task A_group_agency_is_dispatched_to_each_of_its_members()
    {
        await _world.ItemAsync(dispatch: false);
        var groupId = $"group-{Guid.NewGuid():n}"[..20];
        await fixture.Grains.GetGrain<Agencies.IAgencyGrain>(groupId).RegisterAsync(
            new Agencies.AgencyProfile("各地(州、市)人民政府(行政公署)", "group", [], true, [_world.Cooperator, _world.Other]), _world.Coordinator, null);
        var plan = fixture.Grains.GetGrain<Plans.IPlanGrain>(_world.PlanId);
        var itemId = await plan.AddItemAsync(new ItemSpec("二(四)", "实施乡村振兴产业带动就业提升行动", null, null, [_world.Lead], [groupId], []), _world.Coordinator, null);

        var dispatched = await _world.Item(itemId).DispatchAsync(null, _world.Coordinator, null);

        Assert.Equal([_world.Lead, _world.Cooperator, _world.Other], dispatched.Assignments.Select(a => a.AgencyId));
        Assert.All(dispatched.Assignments.Skip(1), a => Assert.Equal(AssignmentRole.Cooperating, a.Role));
    }

    [Fact]
    public async Task A_view_carries_the_latest_reports_and_the_rest_come_page_by_page()
    {
        var itemId = await _world.ItemAsync(withCooperator: false);
        var lead = _world.Assignment(itemId, _world.Lead);
        var user = World.UserOf(_world.Lead);
        await lead.AcknowledgeAsync(new Responsible("张三", null, null), user, null);
        AssignmentView view = null!;
        for (var month = 1; month <= 12; month++)
        {
            view = await lead.SubmitReportAsync($"{month}月进展", [], user, null);
        }

        var firstPage = await lead.GetReportsAsync(0, 5, _world.Inspector);
        var otherAgency = await lead.GetReportsAsync(0, 5, World.UserOf(_world.Other));

        Assert.Equal(12, view.ReportCount);
        Assert.Equal(Enumerable.Range(3, 10), view.RecentReports.Select(r => r.Number));
        Assert.Equal(Enumerable.Range(1, 5), firstPage!.Select(r => r.Number));
        Assert.Null(otherAgency);
    }

    [Fact]
    public async Task A_reassignment_whose_reaction_runs_again_hands_over_once()
    {
        var itemId = await _world.ItemAsync();
        var coop = _world.Assignment(itemId, _world.Cooperator);
        await coop.DisputeAsync("不是我们的", World.UserOf(_world.Cooperator), null);
        var settled = await coop.ResolveDisputeAsync(DisputeOutcome.Reassign, _world.Other, null, _world.Coordinator, "idem:reassign");

        // As if the dispatcher ran the hand-over again after a crash before it was marked done.
        var again = await _world.Item(itemId).ReassignAsync(settled.Id, _world.Other, _world.Coordinator, $"rx:assignment-{settled.Id}:{settled.Version}:item.reassign");

        Assert.Equal(AssignmentStatus.Reassigned, settled.Status);
        Assert.Equal(again, settled.ReassignedTo);
        Assert.Single((await _world.Item(itemId).GetAsync(_world.Coordinator))!.Assignments, a => a.AgencyId == _world.Other);
        Assert.Equal(AssignmentStatus.Dispatched, (await _world.Assignment(itemId, _world.Other).GetAsync(_world.Coordinator))!.Status);
    }
}
