using Supervision.Workflows.Calendar;

namespace Supervision.Workflows.Tests.Calendar;

/// <summary>The calendar as shipped (workflows/calendars), on the real boundaries of the State Council's notices.</summary>
public sealed class ShippedCalendarTests
{
    private static readonly BusinessCalendar Cn = CalendarFiles.FromDefault();

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Three_working_days_from_the_28th_of_September_2022_land_on_the_make_up_Saturday_after_National_Day()
    {
        var answer = Cn.AddWorkingDays(D("2022-09-28"), 3);

        // 29th and 30th count; 1–7 October are National Day; Saturday 8 October is worked (调休).
        Assert.Equal(D("2022-10-08"), answer.Date);
        Assert.Empty(answer.Warnings);
    }

    [Theory]
    [InlineData("2022-10-03", false)] // National Day, a Monday
    [InlineData("2022-10-07", false)]
    [InlineData("2022-10-08", true)]  // Saturday, make-up working day
    [InlineData("2022-10-09", true)]  // Sunday, make-up working day
    [InlineData("2022-10-15", false)] // an ordinary Saturday
    [InlineData("2023-01-27", false)] // Spring Festival, a Friday
    [InlineData("2023-01-28", true)]  // Saturday, make-up working day
    [InlineData("2024-02-09", true)]  // New Year's Eve 2024 was only "encouraged" off: a working Friday
    [InlineData("2026-09-20", true)]  // Sunday, made up for National Day 2026
    public void Holidays_are_days_off_and_make_up_weekends_are_working_days(string date, bool working) =>
        Assert.Equal(working, Cn.IsWorkingDay(D(date)));

    [Fact]
    public void Two_working_days_before_Spring_Festival_2023_reach_the_first_make_up_Saturday()
    {
        // Friday 20 January counts, 21–27 are Spring Festival, Saturday 28 January is worked.
        Assert.Equal(D("2023-01-28"), Cn.AddWorkingDays(D("2023-01-19"), 2).Date);
        Assert.Equal(D("2023-01-30"), Cn.AddWorkingDays(D("2023-01-19"), 4).Date);
    }

    [Fact]
    public void New_Years_Day_2023_begins_on_the_last_day_of_2022_and_is_skipped_across_the_year_boundary()
    {
        var answer = Cn.AddWorkingDays(D("2022-12-30"), 1);

        Assert.Equal(D("2023-01-03"), answer.Date);
        Assert.Equal(CalendarDayKind.Holiday, Cn.Day(D("2022-12-31")).Kind);
        Assert.Equal("元旦", Cn.Day(D("2022-12-31")).Name);
        Assert.Empty(answer.Warnings);
    }

    [Fact]
    public void Counting_back_crosses_a_holiday_and_counts_its_make_up_days()
    {
        Assert.Equal(D("2022-09-30"), Cn.AddWorkingDays(D("2022-10-10"), -3).Date);
        // 31, 30, Sunday 29 and Saturday 28 January (both worked), then back over Spring Festival to Friday 20 January.
        Assert.Equal(D("2023-01-20"), Cn.AddWorkingDays(D("2023-02-01"), -5).Date);
    }

    [Fact]
    public void Zero_working_days_from_a_holiday_is_the_next_working_day()
    {
        Assert.Equal(D("2022-10-08"), Cn.AddWorkingDays(D("2022-10-01"), 0).Date);
        Assert.Equal(D("2022-09-28"), Cn.AddWorkingDays(D("2022-09-28"), 0).Date);
        Assert.Equal(D("2022-10-08"), Cn.NextWorkingDay(D("2022-09-30")).Date);
    }

    [Fact]
    public void A_count_into_a_year_without_its_notice_skips_weekends_only_and_warns_naming_the_year()
    {
        var answer = Cn.AddWorkingDays(D("2026-12-30"), 3);

        Assert.Equal(D("2027-01-04"), answer.Date);
        var warning = Assert.Single(answer.Warnings);
        Assert.Equal(2027, warning.Year);
        Assert.Contains("cn-2027.yaml", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2027 年", warning.Chinese, StringComparison.Ordinal);
    }

    // Totals written from each notice's own "共 N 天" and its list of 上班 days, independently of the files.
    [Theory]
    [InlineData(2022, 31, 7, "国办发明电〔2021〕11号")]
    [InlineData(2023, 27, 7, "国办发明电〔2022〕16号")]
    [InlineData(2024, 28, 8, "国办发明电〔2023〕7号")]
    [InlineData(2025, 28, 5, "国办发明电〔2024〕12号")]
    [InlineData(2026, 33, 6, "国办发明电〔2025〕7号")]
    public void Each_year_has_the_days_off_and_make_up_days_its_notice_announces(int year, int daysOff, int makeupDays, string number)
    {
        var known = Cn.Year(year)!;

        Assert.Equal(daysOff, known.Holidays.Sum(h => h.Days.Count()));
        Assert.Equal(makeupDays, known.Holidays.Sum(h => h.Workdays.Count));
        Assert.Equal(number, known.Notice.Number);
        Assert.Equal($"国务院办公厅关于{year}年部分节假日安排的通知", known.Notice.Title);
        Assert.NotEmpty(known.Notice.Sources);
    }

    [Fact]
    public void The_shipped_years_are_2022_to_2026() =>
        Assert.Equal([2022, 2023, 2024, 2025, 2026], Cn.KnownYears);
}
