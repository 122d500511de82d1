using Supervision.Engine.Agencies;
using Supervision.Engine.Agencies.Events;
using Supervision.Engine.Errors;
using Supervision.Engine.Tests.Cluster;
using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Story;

namespace Supervision.Engine.Tests.Hierarchy;

/// <summary>An agency names its parent: an event on its own stream, told in the trail; a parent that would close a cycle is refused.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AgencyParentTests(ClusterFixture fixture)
{
    private readonly World _world = new(fixture.Grains);

    [Fact]
    public async Task Setting_a_parent_is_recorded_on_the_agencys_stream_and_shown_in_its_view()
    {
        var (region, county) = (await RegisterAsync("新疆维吾尔自治区人民政府"), await RegisterAsync("天山区人民政府"));

        var view = await fixture.Grains.GetGrain<IAgencyGrain>(county).SetParentAsync(region, _world.Coordinator, null);
        var again = await fixture.Grains.GetGrain<IAgencyGrain>(county).SetParentAsync(region, _world.Coordinator, null);

        Assert.Equal(region, view.ParentId);
        Assert.Equal(view.Version, again.Version);
    }

    [Fact]
    public async Task A_parent_below_the_agency_is_refused_as_a_cycle_naming_the_agencies()
    {
        var (a, b, c) = (await RegisterAsync("乌鲁木齐市人民政府"), await RegisterAsync("天山区人民政府"), await RegisterAsync("某街道办事处"));
        await fixture.Grains.GetGrain<IAgencyGrain>(b).SetParentAsync(a, _world.Coordinator, null);
        await fixture.Grains.GetGrain<IAgencyGrain>(c).SetParentAsync(b, _world.Coordinator, null);

        var refused = await Assert.ThrowsAsync<SupervisionException>(() => fixture.Grains.GetGrain<IAgencyGrain>(a).SetParentAsync(c, _world.Coordinator, null));
        var self = await Assert.ThrowsAsync<SupervisionException>(() => fixture.Grains.GetGrain<IAgencyGrain>(a).SetParentAsync(a, _world.Coordinator, null));
        var view = await fixture.Grains.GetGrain<IAgencyGrain>(a).GetAsync();

        Assert.Equal(("agency.cycle", "parent_id"), (refused.Code, refused.Field));
        Assert.Equal("乌鲁木齐市人民政府 → 某街道办事处 → 天山区人民政府 → 乌鲁木齐市人民政府", refused.Args["agencies"]);
        Assert.Equal("agency.cycle", self.Code);
        Assert.Null(view!.ParentId);
    }

    [Fact]
    public async Task An_agency_user_cannot_place_its_own_agency_under_another()
    {
        var (a, b) = (await RegisterAsync("甲"), await RegisterAsync("乙"));

        var refused = await Assert.ThrowsAsync<SupervisionException>(() => fixture.Grains.GetGrain<IAgencyGrain>(b).SetParentAsync(a, World.UserOf(b), null));

        Assert.Equal(FailureKind.Forbidden, refused.Kind);
    }

    [Fact]
    public void The_trail_tells_a_parent_change_in_chinese_and_english()
    {
        var names = new StoryNames(new Dictionary<string, string>(), new Dictionary<string, string> { ["xj"] = "新疆维吾尔自治区人民政府" },
            new Dictionary<string, Engine.Items.ItemAssignment>(), TimeZoneInfo.Utc);
        var actor = new Actor("u-1", "coordinator", null);
        var encoded = EventCodec.Encode(new TrailEntry(new AgencyParentChanged("xj"), actor, DateTimeOffset.UnixEpoch, null));
        var stored = new StoredEvent("agency-ag-1", 1, 1, encoded.Type, encoded.Payload, actor, DateTimeOffset.UnixEpoch, null, new string('0', 64), new string('1', 64));

        Assert.Equal("上级单位变更", TrailStory.Tell(stored, names, english: false).Title);
        Assert.Contains("将上级单位设为新疆维吾尔自治区人民政府", TrailStory.Tell(stored, names, english: false).Sentence, StringComparison.Ordinal);
        Assert.Contains("placed the agency under 新疆维吾尔自治区人民政府", TrailStory.Tell(stored, names, english: true).Sentence, StringComparison.Ordinal);
    }

    private async Task<string> RegisterAsync(string name)
    {
        var id = $"ag-{Guid.NewGuid():n}"[..16];
        await fixture.Grains.GetGrain<IAgencyGrain>(id).RegisterAsync(new AgencyProfile(name, "government", [], false, []), _world.Coordinator, null);
        return id;
    }
}
