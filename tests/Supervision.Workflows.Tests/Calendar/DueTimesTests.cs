using Supervision.Workflows.Calendar;
using Supervision.Workflows.Definition;

namespace Supervision.Workflows.Tests.Calendar;

public sealed class DueTimesTests
{
    private static readonly BusinessCalendar Cn = CalendarFiles.FromDefault();

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Working_days_end_at_the_definitions_cut_off_in_Shanghai_and_are_returned_in_UTC()
    {
        var due = DueTimes.ChinaStandard(Cn).Add(At("2022-09-28T10:00:00+08:00"), Span.Parse("3 working days"), new TimeOnly(18, 0));

        Assert.Equal(At("2022-10-08T10:00:00Z"), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Fact]
    public void Without_a_cut_off_a_due_day_ends_at_23_59_59_local()
    {
        var due = DueTimes.ChinaStandard(Cn).Add(At("2022-09-28T10:00:00+08:00"), Span.Parse("3 working days"));

        Assert.Equal(At("2022-10-08T15:59:59Z"), due);
    }

    [Fact]
    public void The_day_is_the_local_one_not_the_UTC_one()
    {
        // 2022-09-29T20:00Z is already Friday 30 September in Shanghai: one working day later is 8 October, not 30 September.
        var due = DueTimes.ChinaStandard(Cn).Add(At("2022-09-29T20:00:00Z"), Span.Parse("1 working day"), new TimeOnly(18, 0));

        Assert.Equal(At("2022-10-08T10:00:00Z"), due);
    }

    [Fact]
    public void Another_zone_counts_its_own_days_and_its_own_offset()
    {
        var london = new DueTimes(Cn, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

        // 28 September 2022 in London is British Summer Time (UTC+1).
        Assert.Equal(At("2022-09-28T17:00:00Z"), london.EndOfDay(new DateOnly(2022, 9, 28), new TimeOnly(18, 0)));
    }

    [Fact]
    public void Hours_are_exact_and_calendar_days_ignore_holidays()
    {
        var times = DueTimes.ChinaStandard(Cn);

        Assert.Equal(At("2022-09-30T04:00:00Z"), times.Add(At("2022-09-28T04:00:00Z"), Span.Parse("48 hours")));
        Assert.Equal(At("2022-10-02T10:00:00Z"), times.Add(At("2022-09-28T04:00:00Z"), Span.Parse("4 days"), new TimeOnly(18, 0)));
    }

    [Fact]
    public void A_count_into_an_unknown_year_is_reported_to_the_caller()
    {
        var warnings = new List<CalendarWarning>();
        var times = DueTimes.ChinaStandard(Cn, warnings.Add);

        times.Add(At("2026-12-30T02:00:00Z"), Span.Parse("3 working days"));
        times.Add(At("2026-06-01T02:00:00Z"), Span.Parse("3 working days"));

        Assert.Equal([2027], warnings.Select(w => w.Year));
    }
}
