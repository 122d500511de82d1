using Microsoft.Extensions.Time.Testing;
using Supervision.Engine.Tests.Cluster;

namespace Supervision.Engine.Tests.Deadlines;

/// <summary>A cluster whose clock starts on Friday 2022-09-30, 10:00 in Beijing: the working day before National Day.</summary>
public sealed class NationalDayFixture : SiloFixture<NationalDayFixture>, ISiloSetting
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "supervision-engine-tests", Guid.NewGuid().ToString("n"));

    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2022, 9, 30, 2, 0, 0, TimeSpan.Zero));

    public static string DatabasePath => Path.Combine(Folder, "national-day.db");
}

public sealed class NationalDayTests(NationalDayFixture fixture) : IClassFixture<NationalDayFixture>
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task An_assignment_dispatched_the_day_before_National_Day_and_left_alone_climbs_the_ladder_on_working_days_only()
    {
        var world = new World(fixture.Grains);
        var item = await world.ItemAsync();
        var lead = await world.Assignment(item, world.Lead).GetAsync(world.Coordinator);

        // 3 working days to acknowledge: the make-up Saturday and Sunday (8 and 9 October) count, the holiday does not.
        Assert.Equal(new DateTimeOffset(2022, 10, 10, 23, 59, 59, Beijing), lead!.AcknowledgeBy);

        await fixture.Time.RunUntilAsync(new DateTimeOffset(2022, 11, 30, 0, 0, 0, Beijing));

        var events = await fixture.StepsAsync(lead.Id);
        Assert.Equal(
            [
                ("remind", new DateTimeOffset(2022, 10, 8, 23, 59, 59, Beijing)),
                ("urge", new DateTimeOffset(2022, 10, 11, 23, 59, 59, Beijing)),
                ("supervise", new DateTimeOffset(2022, 10, 17, 23, 59, 59, Beijing)),
                ("interview", new DateTimeOffset(2022, 10, 24, 23, 59, 59, Beijing)),
                ("notice", new DateTimeOffset(2022, 11, 7, 23, 59, 59, Beijing)),
            ],
            events.Select(e => (e.Step.Step, e.Step.DueAt)).ToList());

        // Each was processed at the firing of its own instant, on the acknowledge obligation the agency owes.
        Assert.All(events, e => Assert.Equal(e.Step.DueAt, e.At));
        Assert.All(events, e => Assert.Equal(("acknowledge", world.Lead), (e.Step.Obligation, e.Step.OwedBy)));
        Assert.Equal("blue", events.Single(e => e.Step.Step == "supervise").Step.Colour);
        Assert.Equal(["agency_head", "office", "leading_group"], events[^1].Step.Notify);
    }
}
