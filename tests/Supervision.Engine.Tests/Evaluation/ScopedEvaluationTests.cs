using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Evaluation;
using Supervision.Engine.Tests.Campaigns;
using Supervision.Engine.Tests.Cascade;
using Supervision.Engine.Trail;
using Supervision.Workflows.Scoring;
using static Supervision.Engine.Tests.Cascade.CascadeWorld;

namespace Supervision.Engine.Tests.Evaluation;

/// <summary>
/// An evaluation scoped to a prefecture's subtree, set up by the prefecture: its three counties' sub-assignments are scored
/// with the office's scheme (one county acknowledged late), nothing of the region, the prefecture or the neighbour's subtree.
/// </summary>
[Collection(CampaignCollection.Name)]
public sealed class ScopedEvaluationTests(CampaignFixture fixture)
{
    [Fact]
    public async Task A_prefecture_scores_its_three_counties_the_late_one_lower_and_nothing_outside_its_subtree()
    {
        var (w, third) = await CascadedAsync();

        var scoped = await OpenAsync(w, UserOf(w.Prefecture), w.Prefecture);
        var office = await OpenAsync(w, w.Base.Coordinator, null);
        var view = await scoped.GetAsync(UserOf(w.Prefecture));
        var all = await office.GetAsync(w.Base.Coordinator);

        Assert.Equal(w.Prefecture, view!.ScopeAgencyId);
        Assert.Equal(new[] { w.County, w.OtherCounty, third }.Order(), view.Sheet.Agencies.Select(a => a.AgencyId).Order());
        var late = Assert.Single(view.Sheet.Agencies, a => a.AgencyId == third);
        Assert.All(view.Sheet.Agencies.Where(a => a.AgencyId != third), a => Assert.True(a.Total > late.Total));
        var line = Assert.Single(late.Lines, l => l.Criterion == Criteria.AcknowledgeOnTime);
        var stream = await fixture.Store.ReadStreamAsync(line.Event.StreamId);
        Assert.Equal(($"assignment-{AssignmentIds.For(w.ItemId, third)}", "AssignmentAcknowledged"), (line.Event.StreamId, stream[(int)line.Event.Version - 1].Type));
        Assert.Null(all!.ScopeAgencyId);
        Assert.Superset(new[] { w.Region, w.Prefecture, w.Neighbour, w.NeighbourCounty, w.County, third }.ToHashSet(), all.Sheet.Agencies.Select(a => a.AgencyId).ToHashSet());
        Assert.Equal(
            all.Sheet.Agencies.Single(a => a.AgencyId == third).Lines.Select(l => (l.Criterion, l.Event.Position)),
            late.Lines.Select(l => (l.Criterion, l.Event.Position)));
    }

    [Fact]
    public async Task The_prefecture_and_the_office_read_every_county_a_county_its_own_the_neighbour_nothing_and_an_inspector_never_freezes()
    {
        var (w, third) = await CascadedAsync();
        var scoped = await OpenAsync(w, UserOf(w.Prefecture), w.Prefecture);
        var list = fixture.SiloService<EvaluationListQuery>();
        var id = scoped.GetPrimaryKeyString();

        var county = await scoped.GetAsync(UserOf(third));
        var neighbour = await scoped.GetAsync(UserOf(w.Neighbour));
        var neighbourCounty = await scoped.GetAsync(UserOf(w.NeighbourCounty));
        var inspector = await scoped.GetAsync(w.Base.Inspector);
        var inspectorFreezes = await Assert.ThrowsAsync<SupervisionException>(() => scoped.FreezeAsync(null, w.Base.Inspector, null));
        var neighbourFreezes = await Assert.ThrowsAsync<SupervisionException>(() => scoped.FreezeAsync(null, UserOf(w.Neighbour), null));
        var countyFreezes = await Assert.ThrowsAsync<SupervisionException>(() => scoped.FreezeAsync(null, UserOf(w.County), null));
        var frozen = await scoped.FreezeAsync(null, UserOf(w.Prefecture), null);

        Assert.Equal([third], county!.Sheet.Agencies.Select(a => a.AgencyId));
        Assert.Null(neighbour);
        Assert.Null(neighbourCounty);
        Assert.Equal(3, inspector!.Sheet.Agencies.Count);
        Assert.Equal([FailureKind.Forbidden, FailureKind.Forbidden, FailureKind.Forbidden], new[] { inspectorFreezes, neighbourFreezes, countyFreezes }.Select(e => e.Kind));
        Assert.True(frozen.Frozen);
        Assert.Equal(3, frozen.Sheet.Agencies.Count);
        Assert.Contains(await list.RunAsync(UserOf(w.Prefecture)), e => e.Id == id && e.ScopeAgencyId == w.Prefecture);
        Assert.Contains(await list.RunAsync(UserOf(w.County)), e => e.Id == id);
        Assert.Contains(await list.RunAsync(w.Base.Inspector), e => e.Id == id);
        Assert.DoesNotContain(await list.RunAsync(UserOf(w.Neighbour)), e => e.Id == id);
        Assert.DoesNotContain(await list.RunAsync(UserOf(w.NeighbourCounty)), e => e.Id == id);
    }

    [Fact]
    public async Task An_agency_may_not_set_up_an_unscoped_evaluation_nor_one_outside_its_subtree_and_nothing_is_recorded()
    {
        var w = await new CascadeWorld(fixture.Grains).BuildAsync();
        var id = $"e-{Guid.NewGuid():n}";
        var grain = fixture.Grains.GetGrain<IEvaluationGrain>(id);

        var unscoped = await RefusedAsync(grain, w, UserOf(w.Prefecture), null);
        var neighbour = await RefusedAsync(grain, w, UserOf(w.Prefecture), w.Neighbour);
        var above = await RefusedAsync(grain, w, UserOf(w.Prefecture), w.Region);
        var unknown = await RefusedAsync(grain, w, UserOf(w.Prefecture), "no-such-agency");
        var inspector = await RefusedAsync(grain, w, w.Base.Inspector, w.Prefecture);

        Assert.Equal((FailureKind.Forbidden, "evaluation.scope_required", "scope_agency_id"), (unscoped.Kind, unscoped.Code, unscoped.Field));
        Assert.Equal((FailureKind.Forbidden, "evaluation.scope_outside", "scope_agency_id"), (neighbour.Kind, neighbour.Code, neighbour.Field));
        Assert.Equal("「克拉玛依市人民政府」不是本单位或本单位的下级单位，本单位不能对其下级单位考核。", MessageCatalogue.Chinese(neighbour));
        Assert.Equal("evaluation.scope_outside", above.Code);
        Assert.Equal((FailureKind.Invalid, "evaluation.unknown_scope"), (unknown.Kind, unknown.Code));
        Assert.Equal(FailureKind.Forbidden, inspector.Kind);
        Assert.Null(await grain.GetAsync(w.Base.Coordinator));
        Assert.Empty(await fixture.Store.ReadStreamAsync($"{StreamIds.EvaluationKind}-{id}"));
    }

    // The region cascades to both prefectures; the prefecture to its three counties, the neighbour to its one. Every county
    // acknowledges at once but the third, which acknowledges after its deadline.
    private async Task<(CascadeWorld World, string Third)> CascadedAsync()
    {
        CampaignFixture.NextWeek();
        var w = await new CascadeWorld(fixture.Grains).BuildAsync();
        var third = $"ms-{Guid.NewGuid():n}"[..11];
        await fixture.Grains.GetGrain<IAgencyGrain>(third).RegisterAsync(new AgencyProfile("米东区人民政府", "government", [], false, []), w.Base.Coordinator, null);
        await fixture.Grains.GetGrain<IAgencyGrain>(third).SetParentAsync(w.Prefecture, w.Base.Coordinator, null);
        await w.Cascade(w.Region).CascadeAsync([Child(w.Prefecture, 120000), Child(w.Neighbour, 60000)], UserOf(w.Region), null);
        await w.Cascade(w.Prefecture).CascadeAsync([Child(w.County, 50000), Child(w.OtherCounty, 40000), Child(third, 30000)], UserOf(w.Prefecture), null);
        await w.Cascade(w.Neighbour).CascadeAsync([Child(w.NeighbourCounty, 60000)], UserOf(w.Neighbour), null);
        foreach (var agency in new[] { w.Region, w.Prefecture, w.Neighbour, w.County, w.OtherCounty, w.NeighbourCounty })
        {
            await w.Assignment(agency).AcknowledgeAsync(new Responsible("张三", null, null), UserOf(agency), null);
        }

        var owed = (await w.Assignment(third).GetAsync(w.Base.Coordinator))!.Owed.First(o => o.DueAt is not null);
        await fixture.Time.RunUntilAsync(owed.DueAt!.Value.AddHours(1));
        await w.Assignment(third).AcknowledgeAsync(new Responsible("李四", null, null), UserOf(third), null);
        return (w, third);
    }

    private async Task<IEvaluationGrain> OpenAsync(CascadeWorld w, Actor actor, string? scope)
    {
        var grain = fixture.Grains.GetGrain<IEvaluationGrain>($"e-{Guid.NewGuid():n}");
        var today = DateOnly.FromDateTime(CampaignFixture.Clock.GetUtcNow().AddHours(8).DateTime);
        await grain.OpenAsync(new EvaluationSpec("2022年乌鲁木齐市县区考核", today.AddDays(-30), new DateOnly(2022, 12, 31), w.PlanId, ScopeAgencyId: scope), actor, null);
        return grain;
    }

    private static Task<SupervisionException> RefusedAsync(IEvaluationGrain grain, CascadeWorld w, Actor actor, string? scope) =>
        Assert.ThrowsAsync<SupervisionException>(() => grain.OpenAsync(
            new EvaluationSpec("2022年乌鲁木齐市县区考核", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), w.PlanId, ScopeAgencyId: scope), actor, null));
}
