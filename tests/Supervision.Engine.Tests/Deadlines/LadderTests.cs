using Supervision.Engine.Deadlines;
using Supervision.Engine.Obligations;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Definition;

namespace Supervision.Engine.Tests.Deadlines;

public sealed class LadderTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DueTimes Times = DueTimes.ChinaStandard(CalendarFiles.FromDefault());
    private static readonly WorkflowDefinition Standard = DefinitionCatalog.FromDefault().Latest("standard");

    // Due Monday 10 October 2022 at the end of the day, owed since the Friday before National Day.
    private static readonly Obligation Acknowledge = new(
        "acknowledge", "hrss", new DateTimeOffset(2022, 10, 10, 23, 59, 59, Beijing), "acknowledge", new DateTimeOffset(2022, 9, 30, 10, 0, 0, Beijing));

    [Fact]
    public void A_major_item_goes_straight_to_supervision_at_the_first_overdue_rung()
    {
        var steps = new Ladder(Standard, Times, major: true).Steps(Acknowledge).Select(s => (s.Name, s.At)).ToList();

        Assert.Equal(
            [
                ("remind", new DateTimeOffset(2022, 10, 8, 23, 59, 59, Beijing)),
                ("supervise", new DateTimeOffset(2022, 10, 11, 23, 59, 59, Beijing)),
                ("interview", new DateTimeOffset(2022, 10, 24, 23, 59, 59, Beijing)),
                ("notice", new DateTimeOffset(2022, 11, 7, 23, 59, 59, Beijing)),
            ],
            steps);
    }

    [Fact]
    public void An_obligation_born_late_counts_its_lateness_from_its_opening_and_sends_no_reminder_for_the_past()
    {
        var late = Acknowledge with { OpenedAt = new DateTimeOffset(2022, 10, 20, 10, 0, 0, Beijing) };

        var steps = new Ladder(Standard, Times).Steps(late).Select(s => (s.Name, s.At)).ToList();

        Assert.Equal(("urge", new DateTimeOffset(2022, 10, 21, 23, 59, 59, Beijing)), steps[0]);
        Assert.DoesNotContain(steps, s => s.Name == "remind");
    }

    [Fact]
    public void Nothing_without_a_due_time_climbs_and_the_warning_starts_at_the_reminder()
    {
        var ladder = new Ladder(Standard, Times);

        Assert.Empty(ladder.Steps(Acknowledge with { DueAt = null }));
        Assert.Equal(new DateTimeOffset(2022, 10, 8, 23, 59, 59, Beijing), ladder.WarnAt(Acknowledge));
        Assert.Equal("urge", ladder.Next(Acknowledge, reached: 0)!.Name);
        Assert.Null(ladder.Next(Acknowledge, reached: 4));
    }

    [Theory]
    [InlineData(2022, 4, 1, "2022-04", 8)]   // starts on the 1st: April counts, periods April … November
    [InlineData(2022, 4, 20, "2022-05", 7)]  // starts late in April: the first report is May's
    public void Monthly_periods_run_from_the_start_to_the_month_before_the_due_date(int y, int m, int d, string first, int count)
    {
        var periods = ReportPeriods.From(new DateOnly(y, m, d), new DateOnly(2022, 12, 31), Standard, Times);

        Assert.Equal(first, periods[0].Name);
        Assert.Equal(count, periods.Count);
        Assert.Equal("2022-11", periods[^1].Name);
        // September's report is due 5 working days after 30 September: National Day is skipped, the 8th and 9th count.
        Assert.Equal(new DateTimeOffset(2022, 10, 12, 23, 59, 59, Beijing), periods.Single(p => p.Name == "2022-09").DueAt);
    }
}
