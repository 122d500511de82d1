using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Evaluation;
using Supervision.Engine.Tests.Campaigns;
using Supervision.Engine.Tests.Cluster;
using Supervision.Workflows.Scoring;

namespace Supervision.Engine.Tests.Evaluation;

[Collection(CampaignCollection.Name)]
public sealed class EvaluationTests(CampaignFixture fixture)
{
    private readonly World _world = new(fixture.Grains);

    [Fact]
    public async Task Every_point_lost_names_the_event_behind_it_in_the_trail()
    {
        var lead = await DispatchedLeadAsync();
        var owed = Assert.Single((await lead.GetAsync(_world.Coordinator))!.Owed);
        await fixture.Time.RunUntilAsync(owed.DueAt!.Value.AddHours(1));
        var urgeAt = Assert.Single((await lead.GetAsync(_world.Coordinator))!.Owed).NextStepAt!.Value;
        await fixture.Time.RunUntilAsync(urgeAt.AddHours(1));
        var acknowledged = await lead.AcknowledgeAsync(new Responsible("张三", null, null), World.UserOf(_world.Lead), null);

        var view = await (await EvaluationAsync()).GetAsync(_world.Coordinator);

        var score = Assert.Single(view!.Sheet.Agencies, a => a.AgencyId == _world.Lead);
        var late = Assert.Single(score.Lines, l => l.Criterion == Criteria.AcknowledgeOnTime);
        var urged = Assert.Single(score.Lines, l => l.Criterion == Criteria.Escalations);
        Assert.Equal(-15, late.Points);
        Assert.Equal(-1, urged.Points);
        Assert.StartsWith("逾期签收 二(一)", late.Zh, StringComparison.Ordinal);
        var stream = await fixture.Store.ReadStreamAsync($"assignment-{acknowledged.Id}");
        Assert.Equal(("AssignmentAcknowledged", late.Event.Position), (stream[(int)late.Event.Version - 1].Type, stream[(int)late.Event.Version - 1].Position));
        Assert.Equal(late.Event.StreamId, stream[0].StreamId);
        Assert.Equal("EscalationReached", stream[(int)urged.Event.Version - 1].Type);
        Assert.Contains("\"step\":\"urge\"", stream[(int)urged.Event.Version - 1].Payload, StringComparison.Ordinal);
        Assert.Equal(100 - 15 - 1, score.Total);
    }

    [Fact]
    public async Task A_frozen_evaluation_is_not_changed_by_a_later_event_and_a_live_one_is()
    {
        var lead = await DispatchedLeadAsync();
        await lead.AcknowledgeAsync(new Responsible("张三", null, null), World.UserOf(_world.Lead), null);
        var frozen = await EvaluationAsync();
        var before = await frozen.FreezeAsync(null, _world.Coordinator, null);

        CampaignFixture.Clock.Advance(TimeSpan.FromHours(1));
        await lead.EscalateAsync("领导批示：重点督办", "supervise", "red", _world.Coordinator, null);
        var after = await frozen.GetAsync(_world.Coordinator);
        var live = await (await EvaluationAsync()).GetAsync(_world.Coordinator);
        var twice = await Assert.ThrowsAsync<SupervisionException>(() => frozen.FreezeAsync(null, _world.Coordinator, null));

        Assert.True(after!.Frozen);
        Assert.Equal(Total(before), Total(after));
        Assert.Equal(Total(before) - 2, Total(live!));
        Assert.DoesNotContain(Score(after).Lines, l => l.Criterion == Criteria.Escalations);
        Assert.Equal("evaluation.frozen", twice.Code);
    }

    [Fact]
    public async Task The_commendation_cites_the_model_practice_and_an_agency_sees_its_own_score_only()
    {
        var lead = await DispatchedLeadAsync();
        await lead.AcknowledgeAsync(new Responsible("张三", null, null), World.UserOf(_world.Lead), null);
        await lead.SubmitReportAsync("建立“311”就业服务机制，为 2.3 万名高校毕业生提供岗位信息", [], World.UserOf(_world.Lead), null);
        await _world.Assignment(_world.PlanId + ".1", _world.Cooperator).AcknowledgeAsync(new Responsible("李四", null, null), World.UserOf(_world.Cooperator), null);
        var marked = await fixture.Grains.GetGrain<IModelPracticeGrain>(AssignmentIds.For(_world.PlanId + ".1", _world.Lead))
            .MarkModelPracticeAsync(1, "值得推广", _world.Coordinator, null);

        var evaluation = await EvaluationAsync();
        var all = await evaluation.GetAsync(_world.Coordinator);
        var own = await evaluation.GetAsync(World.UserOf(_world.Cooperator));

        Assert.Equal([1], marked);
        var cited = Assert.Single(Assert.Single(all!.Sheet.Commended, c => c.AgencyId == _world.Lead).Reasons, r => r.Event is not null);
        Assert.Equal("ModelPracticeMarked", cited.Event!.Type);
        Assert.Contains("311", cited.Zh, StringComparison.Ordinal);
        Assert.Equal([_world.Cooperator], own!.Sheet.Agencies.Select(a => a.AgencyId));
        Assert.Empty(own.Sheet.Practices);
    }

    [Fact]
    public async Task A_major_issue_open_at_the_end_of_the_period_costs_points_and_a_closed_one_does_not()
    {
        var lead = await DispatchedLeadAsync();
        await lead.AcknowledgeAsync(new Responsible("张三", null, null), World.UserOf(_world.Lead), null);
        var issues = fixture.Grains.GetGrain<MajorIssues.IAssignmentMajorIssues>(AssignmentIds.For(_world.PlanId + ".1", _world.Lead));
        await issues.RaiseMajorIssueAsync("serious", "园区企业用工缺口大", "请协调人社、教育部门", World.UserOf(_world.Lead), null);
        await issues.RaiseMajorIssueAsync("serious", "补贴资金未到位", "请财政厅协调", World.UserOf(_world.Lead), null);
        await issues.CloseMajorIssueAsync(2, "已协调拨付", _world.Coordinator, null);

        var view = await (await EvaluationAsync()).GetAsync(_world.Coordinator);

        var line = Assert.Single(Score(view!).Lines, l => l.Criterion == Criteria.MajorIssues);
        Assert.Equal((-3, "MajorIssueRaised"), (line.Points, line.Event.Type));
        Assert.Contains("园区企业用工缺口大", line.Zh, StringComparison.Ordinal);
    }

    private static double Total(EvaluationView view) => Score(view).Total;

    private static AgencyScore Score(EvaluationView view) => view.Sheet.Agencies.Single(a => a.AgencyId.StartsWith("lead-", StringComparison.Ordinal));

    // A live evaluation of this test's plan from the week before to the year's end (a new id each call).
    private async Task<IEvaluationGrain> EvaluationAsync()
    {
        var grain = fixture.Grains.GetGrain<IEvaluationGrain>($"e-{Guid.NewGuid():n}");
        var today = DateOnly.FromDateTime(CampaignFixture.Clock.GetUtcNow().AddHours(8).DateTime);
        await grain.OpenAsync(new EvaluationSpec("2022年度考核", today.AddDays(-30), new DateOnly(2022, 12, 31), _world.PlanId), _world.Coordinator, null);
        return grain;
    }

    private async Task<IAssignmentGrain> DispatchedLeadAsync()
    {
        CampaignFixture.NextWeek();
        var item = await _world.ItemAsync();
        return _world.Assignment(item, _world.Lead);
    }
}
