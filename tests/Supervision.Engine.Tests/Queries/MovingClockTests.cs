using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Tests.Cluster;

namespace Supervision.Engine.Tests.Queries;

/// <summary>The engine's one clock moves forward during the test, and windows open, fall due and are computed from it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MovingClockTests(ClusterFixture fixture)
{
    private readonly World _world = new(fixture.Grains);

    [Fact]
    public async Task Windows_fall_due_as_the_clock_passes_them_and_new_windows_start_from_the_moved_clock()
    {
        var clock = ClusterFixture.Clock;
        var itemId = await _world.ItemAsync(withCooperator: false);
        var lead = _world.Assignment(itemId, _world.Lead);
        var user = World.UserOf(_world.Lead);
        var inbox = new InboxQuery(fixture.Tables, clock);
        var counters = new AgencyCountersQuery(fixture.Tables, clock);
        var acknowledgeBy = (await lead.GetAsync(user))!.AcknowledgeBy!.Value;

        var beforeWindow = await inbox.RunAsync(user, _world.Lead, new InboxFilter(null, null, OverdueOnly: true));
        clock.Advance(acknowledgeBy - clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        var afterWindow = await inbox.RunAsync(user, _world.Lead, new InboxFilter(null, null, OverdueOnly: true));
        var overdueCount = (await counters.RunAsync(user, _world.Lead)).Overdue;

        await lead.AcknowledgeAsync(new Responsible("张三", null, null), user, null);
        var acknowledged = await inbox.RunAsync(user, _world.Lead, new InboxFilter(null, null, OverdueOnly: true));
        var submittedAt = clock.GetUtcNow();
        var submitted = await lead.SubmitCompletionAsync("初稿", user, null);
        clock.Advance(TimeSpan.FromDays(3));
        var returned = await lead.ReviewCompletionAsync(false, "缺少佐证材料", _world.Coordinator, null);

        Assert.Empty(beforeWindow);
        Assert.Single(afterWindow);
        Assert.Equal(1, overdueCount);
        Assert.Empty(acknowledged);
        Assert.InRange(submitted.ReviewBy!.Value - submittedAt, TimeSpan.FromDays(5), TimeSpan.FromDays(10));
        Assert.InRange(returned.ReworkBy!.Value - clock.GetUtcNow(), TimeSpan.FromDays(10), TimeSpan.FromDays(17));
        Assert.True(returned.ReworkBy > submitted.ReviewBy);
    }
}
