using Supervision.Engine.Assignments;
using Supervision.Engine.Cascade;
using Supervision.Engine.Cascade.Events;
using Supervision.Engine.Errors;
using Supervision.Engine.Tests.Cluster;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Tests.Cascade.CascadeWorld;

namespace Supervision.Engine.Tests.Cascade;

/// <summary>分解交办: the holder decomposes its assignment for agencies below it; the children run the same cycle.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CascadeTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_region_cascades_to_a_prefecture_which_cascades_to_its_counties_and_twice_opens_nothing_twice()
    {
        var w = await new CascadeWorld(fixture.Grains).BuildAsync();

        var prefectures = await w.Cascade(w.Region).CascadeAsync([Child(w.Prefecture, 120000)], UserOf(w.Region), null);
        var counties = await w.Cascade(w.Prefecture).CascadeAsync([Child(w.County, 50000), Child(w.OtherCounty, 70000, role: "cooperating")], UserOf(w.Prefecture), null);
        var again = await w.Cascade(w.Prefecture).CascadeAsync([Child(w.County, 50000)], UserOf(w.Prefecture), null);
        var county = await w.Assignment(w.County).GetAsync(UserOf(w.County));
        var stream = await fixture.Store.ReadStreamAsync($"assignment-{w.ItemId}~{w.Prefecture}");

        Assert.Equal(AssignmentIds.For(w.ItemId, w.Prefecture), Assert.Single(prefectures).AssignmentId);
        Assert.Equal([w.County, w.OtherCounty], counties.Select(c => c.AgencyId));
        Assert.Equal(counties[0].AssignmentId, Assert.Single(again).AssignmentId);
        Assert.Equal((AssignmentStatus.Dispatched, AssignmentRole.Lead, new DateOnly(2022, 10, 31)), (county!.Status, county.Role, county.Due));
        Assert.Single(stream, e => e.Type == nameof(AssignmentCascaded));
    }

    [Fact]
    public async Task Cascading_outside_the_subtree_to_oneself_or_outside_the_window_is_refused_naming_the_child_and_nothing_is_recorded()
    {
        var w = await new CascadeWorld(fixture.Grains).BuildAsync();
        await w.Cascade(w.Region).CascadeAsync([Child(w.Prefecture, 120000)], UserOf(w.Region), null);
        var before = await w.Assignment(w.Prefecture).GetAsync(UserOf(w.Prefecture));
        var asPrefecture = UserOf(w.Prefecture);

        var outside = await Refused(w, [Child(w.County), Child(w.NeighbourCounty)], asPrefecture);
        var self = await Refused(w, [Child(w.Prefecture)], asPrefecture);
        var late = await Refused(w, [Child(w.County, due: new DateOnly(2023, 1, 5))], asPrefecture);
        var unknown = await Refused(w, [new CascadeChildInput(w.County, "lead", new DateOnly(2022, 10, 31), [new ShareInput("地区生产总值", 5)], null)], asPrefecture);
        var exceeds = await Refused(w, [Child(w.County, 100000), Child(w.OtherCounty, 30000)], asPrefecture);
        var after = await w.Assignment(w.Prefecture).GetAsync(asPrefecture);

        Assert.Equal(("cascade.outside_subtree", "children[1].agency_id"), (outside.Code, outside.Field));
        Assert.Equal("第 2 个下级任务：「独山子区人民政府」不是本单位的下级单位。", MessageCatalogue.Chinese(outside));
        Assert.Equal(("cascade.self", "children[0].agency_id"), (self.Code, self.Field));
        Assert.Equal(("cascade.due_outside", "children[0].due"), (late.Code, late.Field));
        Assert.Equal(("cascade.unknown_indicator", "children[0].shares[0].indicator"), (unknown.Code, unknown.Field));
        Assert.Equal(("cascade.share_exceeds", "children[1].shares"), (exceeds.Code, exceeds.Field));
        Assert.Contains("沙依巴克区人民政府", MessageCatalogue.Chinese(exceeds), StringComparison.Ordinal);
        Assert.Equal(before!.Version, after!.Version);
        Assert.Null(await w.Assignment(w.County).GetAsync(w.Base.Coordinator));
    }

    [Fact]
    public async Task Only_the_holder_or_a_coordinator_cascades_and_never_from_a_closed_assignment()
    {
        var w = await new CascadeWorld(fixture.Grains).BuildAsync();
        await w.Cascade(w.Region).CascadeAsync([Child(w.Prefecture, 120000)], UserOf(w.Region), null);

        var neighbour = await Assert.ThrowsAsync<SupervisionException>(() => w.Cascade(w.Prefecture).CascadeAsync([Child(w.County)], UserOf(w.Neighbour), null));
        var inspector = await Assert.ThrowsAsync<SupervisionException>(() => w.Cascade(w.Prefecture).CascadeAsync([Child(w.County)], w.Base.Inspector, null));
        await w.Assignment(w.Prefecture).WithdrawAsync("并入其他事项", w.Base.Coordinator, null);
        var closed = await Assert.ThrowsAsync<SupervisionException>(() => w.Cascade(w.Prefecture).CascadeAsync([Child(w.County)], w.Base.Coordinator, null));

        Assert.Equal(FailureKind.Forbidden, neighbour.Kind);
        Assert.Equal(FailureKind.Forbidden, inspector.Kind);
        Assert.Equal("cascade.closed", closed.Code);
    }

    [Fact]
    public async Task Depth_is_bounded_by_the_setting()
    {
        var w = await new CascadeWorld(fixture.Grains).BuildAsync();
        await w.Cascade(w.Region).CascadeAsync([Child(w.Prefecture, 120000)], UserOf(w.Region), null);
        await w.Cascade(w.Prefecture).CascadeAsync([Child(w.County, 50000)], UserOf(w.Prefecture), null);
        await w.Cascade(w.County).CascadeAsync([Child(w.Township, 500)], UserOf(w.County), null);

        var village = await w.Cascade(w.Township).CascadeAsync([Child(w.Village, 50)], UserOf(w.Township), null);

        var deep = await Assert.ThrowsAsync<SupervisionException>(() => w.Cascade(w.Village).CascadeAsync([Child(w.County)], UserOf(w.Village), null));

        Assert.Single(village);
        Assert.Equal(("cascade.too_deep", "children", "4"), (deep.Code, deep.Field, deep.Args["limit"]));
    }

    [Fact]
    public async Task A_child_closing_reaches_its_parent_and_a_withdrawn_parent_withdraws_its_open_children()
    {
        var w = await new CascadeWorld(fixture.Grains).BuildAsync();
        await w.Cascade(w.Region).CascadeAsync([Child(w.Prefecture, 120000)], UserOf(w.Region), null);
        await w.Cascade(w.Prefecture).CascadeAsync([Child(w.County, 50000), Child(w.OtherCounty, 70000)], UserOf(w.Prefecture), null);

        await w.Assignment(w.County).WithdrawAsync("职责调整", w.Base.Coordinator, null);
        await w.Assignment(w.Prefecture).WithdrawAsync("并入其他事项", w.Base.Coordinator, null);
        var parent = await fixture.Store.ReadStreamAsync($"assignment-{w.ItemId}~{w.Prefecture}");
        var other = await w.Assignment(w.OtherCounty).GetAsync(w.Base.Coordinator);
        var otherStream = await fixture.Store.ReadStreamAsync($"assignment-{w.ItemId}~{w.OtherCounty}");

        Assert.Single(parent, e => e.Type == nameof(ChildSettled));
        Assert.Equal(AssignmentStatus.Withdrawn, other!.Status);
        Assert.Contains(otherStream, e => e.Type == nameof(ParentClosed));
    }

    [Fact]
    public async Task A_parent_cannot_submit_completion_while_a_child_is_open_and_the_refusal_names_it()
    {
        var w = await new CascadeWorld(fixture.Grains).BuildAsync();
        await w.Cascade(w.Region).CascadeAsync([Child(w.Prefecture, 120000)], UserOf(w.Region), null);
        await w.Cascade(w.Prefecture).CascadeAsync([Child(w.County, 50000), Child(w.OtherCounty, 70000)], UserOf(w.Prefecture), null);
        var prefecture = UserOf(w.Prefecture);
        await w.Assignment(w.Prefecture).AcknowledgeAsync(new Responsible("王伟", null, null), prefecture, null);

        var refused = await Assert.ThrowsAsync<SupervisionException>(() => w.Assignment(w.Prefecture).SubmitCompletionAsync("已完成", prefecture, null));
        await w.Assignment(w.County).WithdrawAsync("职责调整", w.Base.Coordinator, null);
        await w.Assignment(w.OtherCounty).WithdrawAsync("职责调整", w.Base.Coordinator, null);
        var submitted = await w.Assignment(w.Prefecture).SubmitCompletionAsync("已完成", prefecture, null);

        Assert.Equal("cascade.children_open", refused.Code);
        Assert.Equal("还有下级任务未办结：天山区人民政府、沙依巴克区人民政府。请待其办结后再申请办结。", MessageCatalogue.Chinese(refused));
        Assert.Equal(AssignmentStatus.UnderReview, submitted.Status);
    }

    [Fact]
    public async Task The_parent_agency_reviews_its_childs_report_reads_its_grandchildren_and_nothing_above_its_level()
    {
        var w = await new CascadeWorld(fixture.Grains).BuildAsync();
        await w.Cascade(w.Region).CascadeAsync([Child(w.Prefecture, 120000)], UserOf(w.Region), null);
        await w.Cascade(w.Prefecture).CascadeAsync([Child(w.County, 50000)], UserOf(w.Prefecture), null);
        var county = UserOf(w.County);
        await w.Assignment(w.County).AcknowledgeAsync(new Responsible("李娜", null, null), county, null);
        await w.Assignment(w.County).SubmitReportAsync("已新增就业 1200 人", [new Indicator("城镇新增就业", 1200, "人")], county, null);

        var accepted = await w.Assignment(w.County).ReviewReportAsync(1, true, "同意", UserOf(w.Prefecture), null);
        var regionReads = await w.Assignment(w.County).GetAsync(UserOf(w.Region));
        var neighbourReads = await w.Assignment(w.County).GetAsync(UserOf(w.Neighbour));
        var siblingReads = await w.Assignment(w.Prefecture).GetAsync(UserOf(w.County));
        var withdraw = await Assert.ThrowsAsync<SupervisionException>(() => w.Assignment(w.County).WithdrawAsync("x", UserOf(w.Prefecture), null));
        var ownReview = await Assert.ThrowsAsync<SupervisionException>(() => w.Assignment(w.Prefecture).WithdrawAsync("x", UserOf(w.Prefecture), null));

        Assert.Equal(ReportStatus.Accepted, accepted.RecentReports[0].Status);
        Assert.NotNull(regionReads);
        Assert.Null(neighbourReads);
        Assert.Null(siblingReads);
        Assert.Equal(FailureKind.Forbidden, withdraw.Kind);
        Assert.Equal(FailureKind.Forbidden, ownReview.Kind);
    }

    private static Task<SupervisionException> Refused(CascadeWorld w, IReadOnlyList<CascadeChildInput?> children, Engine.Trail.Actor actor) =>
        Assert.ThrowsAsync<SupervisionException>(() => w.Cascade(w.Prefecture).CascadeAsync(children, actor, null));
}
