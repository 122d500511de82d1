using Supervision.Engine.Campaigns;
using Supervision.Engine.Errors;
using Supervision.Engine.Tests.Cluster;

namespace Supervision.Engine.Tests.Campaigns;

[Collection(CampaignCollection.Name)]
public sealed class FindingTests(CampaignFixture fixture)
{
    private readonly World _world = new(fixture.Grains);

    [Fact]
    public async Task A_late_finding_climbs_the_ladder_then_is_rectified_returned_rectified_again_and_closed()
    {
        var (assignmentId, campaign) = await CampaignAsync();
        var findings = fixture.Grains.GetGrain<IFindingsGrain>(assignmentId);
        var today = DateOnly.FromDateTime(CampaignFixture.Clock.GetUtcNow().AddHours(8).DateTime);
        var agency = World.UserOf(_world.Lead);

        var recorded = Assert.Single(await findings.RecordFindingAsync(campaign, new FindingInput("serious", "就业补贴台账不完整", today.AddDays(7)), _world.Coordinator, null));
        Assert.Equal((FindingStatus.Open, "remind"), (recorded.Status, recorded.NextStep));

        // Nobody rectifies: the ladder climbs past the due day as for any obligation.
        await fixture.Time.RunUntilAsync(recorded.DueAt.AddDays(9));
        var steps = (await fixture.StepsAsync(assignmentId)).Where(s => s.Step.Obligation == "finding").Select(s => s.Step.Step).ToList();
        Assert.Equal(["remind", "urge", "supervise"], steps);

        var rectified = Assert.Single(await findings.RectifyFindingAsync(1, "已补齐台账", agency, null));
        var returned = Assert.Single(await findings.ReturnFindingAsync(1, "台账仍缺 6 月数据", null, _world.Coordinator, null));
        var again = Assert.Single(await findings.RectifyFindingAsync(1, "已补齐 6 月数据", agency, null));
        var closed = Assert.Single(await findings.CloseFindingAsync(1, "核验通过，予以销号", _world.Coordinator, null));

        Assert.Equal(FindingStatus.Rectified, rectified.Status);
        Assert.Equal((FindingStatus.Open, 1, "台账仍缺 6 月数据", "remind"), (returned.Status, returned.Returns, returned.ReturnReason, returned.NextStep));
        Assert.True(returned.DueAt > CampaignFixture.Clock.GetUtcNow());
        Assert.Equal(FindingStatus.Rectified, again.Status);
        Assert.Equal(FindingStatus.Closed, closed.Status);

        // Two obligations in the table, each met by its rectification; the report lists the finding closed.
        var rows = await fixture.Tables.QueryAsync(
            "SELECT state, closed_by, rung FROM obligations WHERE assignment_id = @a AND key = 'finding:1' ORDER BY opened_version",
            new Dictionary<string, object?> { ["a"] = assignmentId }, r => (r.GetString(0), r.GetString(1), r.IsDBNull(2) ? -1 : r.GetInt64(2)));
        Assert.Equal([("met", "FindingRectified", 2L), ("met", "FindingRectified", -1L)], rows);
        var report = await fixture.SiloService<CampaignQuery>().ReportAsync(campaign, _world.Coordinator);
        Assert.Equal(new AgencyFindings(_world.Lead, 0, 0, 1, 1), Assert.Single(report.ByAgency));
    }

    [Fact]
    public async Task Only_the_office_records_and_verifies_and_only_the_agency_rectifies_its_own()
    {
        var (assignmentId, campaign) = await CampaignAsync();
        var findings = fixture.Grains.GetGrain<IFindingsGrain>(assignmentId);
        var due = DateOnly.FromDateTime(CampaignFixture.Clock.GetUtcNow().AddDays(20).DateTime);

        var byInspector = await Assert.ThrowsAsync<SupervisionException>(() => findings.RecordFindingAsync(campaign, new FindingInput("general", "x", due), _world.Inspector, null));
        await findings.RecordFindingAsync(campaign, new FindingInput("general", "宣传材料未更新", due), _world.Coordinator, null);
        var byOther = await Assert.ThrowsAsync<SupervisionException>(() => findings.RectifyFindingAsync(1, "x", World.UserOf(_world.Other), null));
        var closeOpen = await Assert.ThrowsAsync<SupervisionException>(() => findings.CloseFindingAsync(1, null, _world.Coordinator, null));
        var otherReads = await findings.GetFindingsAsync(World.UserOf(_world.Other));
        var outsider = await Assert.ThrowsAsync<SupervisionException>(() => fixture.SiloService<CampaignQuery>().ReportAsync(campaign, World.UserOf(_world.Cooperator)));
        var own = await fixture.SiloService<CampaignQuery>().ReportAsync(campaign, World.UserOf(_world.Lead));

        Assert.Equal(FailureKind.Forbidden, byInspector.Kind);
        Assert.Equal(FailureKind.Forbidden, byOther.Kind);
        Assert.Equal("finding.not_rectified", closeOpen.Code);
        Assert.Null(otherReads);
        Assert.Equal(FailureKind.NotFound, outsider.Kind);
        Assert.Equal(_world.Lead, Assert.Single(own.Findings).AgencyId);
        Assert.Single((await findings.GetFindingsAsync(_world.Inspector))!);
    }

    [Fact]
    public async Task A_finding_outside_the_campaign_scope_is_refused()
    {
        var (lead, campaign) = await CampaignAsync();
        var cooperating = lead.Replace(_world.Lead, _world.Cooperator, StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<SupervisionException>(() => fixture.Grains.GetGrain<IFindingsGrain>(cooperating)
            .RecordFindingAsync(campaign, new FindingInput("general", "x", DateOnly.FromDateTime(CampaignFixture.Clock.GetUtcNow().AddDays(20).DateTime)), _world.Coordinator, null));

        Assert.Equal("finding.out_of_scope", refused.Code);
    }

    private static string AssignmentIdsFor(string itemId, string agencyId) => Assignments.AssignmentIds.For(itemId, agencyId);

    private async Task<(string AssignmentId, string CampaignId)> CampaignAsync()
    {
        CampaignFixture.NextWeek();
        var item = await _world.ItemAsync();
        var campaignId = $"c-{Guid.NewGuid():n}"[..20];
        var today = DateOnly.FromDateTime(CampaignFixture.Clock.GetUtcNow().AddHours(8).DateTime);
        await fixture.Grains.GetGrain<ICampaignGrain>(campaignId).OpenAsync(
            new CampaignSpec("稳就业政策落实专项督导", today, today.AddDays(30), ["督查室 王五"], [item], [_world.Lead], []), _world.Coordinator, null);
        return (AssignmentIdsFor(item, _world.Lead), campaignId);
    }
}
