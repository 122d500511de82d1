using Supervision.Engine.Assignments;
using Supervision.Engine.Tests.Cluster;

namespace Supervision.Engine.Tests.Grains;

/// <summary>Due instants the grains record are counted on the Chinese working-day calendar, in Shanghai time, and stored in UTC.</summary>
[Collection(ClusterCollection.Name)]
public sealed class WorkingDayDueTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset FridayBeforeLabourDay = new(2022, 4, 29, 1, 0, 0, TimeSpan.Zero);

    private readonly World _world = new(fixture.Grains);

    [Fact]
    public async Task Dispatched_before_Labour_Day_2022_the_acknowledge_window_skips_the_holiday_and_counts_the_make_up_Saturday()
    {
        // The shared clock only moves forward; it starts on 1 April 2022 and other tests move it by days at most.
        var clock = ClusterFixture.Clock;
        if (clock.GetUtcNow() < FridayBeforeLabourDay)
        {
            clock.Advance(FridayBeforeLabourDay - clock.GetUtcNow());
        }

        Assert.InRange(clock.GetUtcNow(), FridayBeforeLabourDay, FridayBeforeLabourDay.AddHours(12));

        var itemId = await _world.ItemAsync(withCooperator: false);
        var lead = _world.Assignment(itemId, _world.Lead);
        var view = (await lead.GetAsync(World.UserOf(_world.Lead)))!;
        await lead.AcknowledgeAsync(new Responsible("张三", null, null), World.UserOf(_world.Lead), null);
        var acknowledged = (await lead.GetAsync(World.UserOf(_world.Lead)))!;

        // 30 April – 4 May is Labour Day; 5 and 6 May count; Saturday 7 May is worked (调休). Weekends only would say 4 May.
        Assert.Equal(new DateTimeOffset(2022, 5, 7, 15, 59, 59, TimeSpan.Zero), view.AcknowledgeBy);
        Assert.Equal(TimeSpan.Zero, view.AcknowledgeBy!.Value.Offset);
        // The item's own due date, 2022-12-31, ends at 23:59:59 in Shanghai.
        Assert.Equal(new DateTimeOffset(2022, 12, 31, 15, 59, 59, TimeSpan.Zero), acknowledged.DueAt);
    }
}
