using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Tests.Cluster;
using Supervision.Workflows.Cycle;
using Supervision.Workflows.Items;
using static Supervision.Engine.Tests.Cascade.CascadeWorld;

namespace Supervision.Engine.Tests.Cascade;

/// <summary>A sub-assignment belongs to its parent, not to the item's top level: its cooperators, its hand-over and its closing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CascadeGapTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_county_lead_completes_without_waiting_for_the_items_top_level_cooperators()
    {
        var w = await new CascadeWorld(fixture.Grains).BuildAsync(neighbourCooperates: true);
        await w.Cascade(w.Region).CascadeAsync([Child(w.Prefecture, 120000)], UserOf(w.Region), null);
        await w.Cascade(w.Prefecture).CascadeAsync([Child(w.County, 50000)], UserOf(w.Prefecture), null);
        var county = UserOf(w.County);
        await w.Assignment(w.County).AcknowledgeAsync(new Responsible("李娜", null, null), county, null);

        var submitted = await w.Assignment(w.County).SubmitCompletionAsync("已完成", county, null);

        Assert.Equal(AssignmentStatus.UnderReview, submitted.Status);
    }

    [Fact]
    public async Task A_withdrawn_top_level_lead_withdraws_the_item_even_when_its_child_lead_completed()
    {
        var w = await new CascadeWorld(fixture.Grains).BuildAsync();
        await w.Cascade(w.Region).CascadeAsync([Child(w.Prefecture, 120000)], UserOf(w.Region), null);
        var prefecture = UserOf(w.Prefecture);
        await w.Assignment(w.Prefecture).AcknowledgeAsync(new Responsible("王伟", null, null), prefecture, null);
        await w.Assignment(w.Prefecture).SubmitCompletionAsync("已完成", prefecture, null);
        await w.Assignment(w.Prefecture).ReviewCompletionAsync(true, "同意", UserOf(w.Region), null);

        await w.Assignment(w.Region).WithdrawAsync("并入其他事项", w.Base.Coordinator, null);
        var item = await fixture.Grains.GetGrain<IActionItemGrain>(w.ItemId).GetAsync(w.Base.Coordinator);

        Assert.Equal(ItemStatus.Withdrawn, item!.Status);
    }

    [Fact]
    public async Task A_childs_upheld_dispute_is_handed_over_under_its_parent_not_at_the_items_top_level()
    {
        var w = await new CascadeWorld(fixture.Grains).BuildAsync();
        await w.Cascade(w.Region).CascadeAsync([Child(w.Prefecture, 120000)], UserOf(w.Region), null);
        await w.Cascade(w.Prefecture).CascadeAsync([Child(w.County, 50000)], UserOf(w.Prefecture), null);
        await w.Assignment(w.County).DisputeAsync("不属于本区职责", UserOf(w.County), null);

        var outside = await Assert.ThrowsAsync<SupervisionException>(() =>
            w.Assignment(w.County).ResolveDisputeAsync(DisputeOutcome.Reassign, w.NeighbourCounty, null, w.Base.Coordinator, null));
        await w.Assignment(w.County).ResolveDisputeAsync(DisputeOutcome.Reassign, w.OtherCounty, "改由沙依巴克区承办", w.Base.Coordinator, null);
        var successor = await w.Assignment(w.OtherCounty).GetAsync(UserOf(w.Region));
        var item = await fixture.Grains.GetGrain<IActionItemGrain>(w.ItemId).GetAsync(w.Base.Coordinator);

        Assert.Equal("cascade.hand_over_outside", outside.Code);
        Assert.Equal((AssignmentStatus.Dispatched, new DateOnly(2022, 10, 31)), (successor!.Status, successor.Due));
        Assert.DoesNotContain(item!.Assignments, a => a.AgencyId == w.OtherCounty);
        Assert.Null(await w.Assignment(w.OtherCounty).GetAsync(UserOf(w.Neighbour)));
    }

    [Fact]
    public async Task A_cooperating_parent_with_open_children_cannot_be_waived_and_the_refusal_names_them()
    {
        var w = await new CascadeWorld(fixture.Grains).BuildAsync(neighbourCooperates: true);
        await w.Cascade(w.Neighbour).CascadeAsync([Child(w.NeighbourCounty, 1000)], UserOf(w.Neighbour), null);

        var refused = await Assert.ThrowsAsync<SupervisionException>(() => w.Assignment(w.Neighbour).WaiveAsync("无需配合", w.Base.Coordinator, null));

        Assert.Equal((FailureKind.Conflict, "cascade.children_open"), (refused.Kind, refused.Code));
        Assert.Contains("独山子区人民政府", MessageCatalogue.Chinese(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parent_with_an_open_child_is_not_offered_completion()
    {
        var w = await new CascadeWorld(fixture.Grains).BuildAsync();
        await w.Cascade(w.Region).CascadeAsync([Child(w.Prefecture, 120000)], UserOf(w.Region), null);
        var region = UserOf(w.Region);
        var acknowledged = await w.Assignment(w.Region).AcknowledgeAsync(new Responsible("张强", null, null), region, null);

        await w.Assignment(w.Prefecture).WithdrawAsync("职责调整", w.Base.Coordinator, null);
        var afterChildClosed = await w.Assignment(w.Region).GetAsync(region);

        Assert.DoesNotContain(CycleTrigger.SubmitCompletion, acknowledged.PermittedMoves);
        Assert.Contains(CycleTrigger.SubmitCompletion, afterChildClosed!.PermittedMoves);
    }
}
