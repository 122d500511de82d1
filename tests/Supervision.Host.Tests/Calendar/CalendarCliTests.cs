using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Calendar;

/// <summary>The calendar verb run as a separate process, as someone asking "when is three working days from the 28th?" would.</summary>
public sealed class CalendarCliTests
{
    [Fact]
    public async Task Calendar_add_prints_the_date_on_the_last_line_counting_forwards_and_back()
    {
        var forwards = await CliProcess.RunAsync(null, "calendar", "add", "2022-09-28", "3");
        var back = await CliProcess.RunAsync(null, "calendar", "add", "2022-10-10", "-3");

        Assert.Equal((0, "2022-10-08"), (forwards.Exit, LastLine(forwards.Out)));
        Assert.Equal((0, "2022-09-30"), (back.Exit, LastLine(back.Out)));
        Assert.Equal(string.Empty, forwards.Err);
    }

    [Fact]
    public async Task Calendar_add_into_an_unknown_year_answers_and_warns_on_stderr()
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(null, "calendar", "add", "2026-12-30", "3");

        Assert.Equal((0, "2027-01-04"), (exit, LastLine(stdout)));
        Assert.Contains("cn-2027.yaml", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_show_lists_holidays_and_make_up_days_in_chinese()
    {
        var (exit, stdout, _) = await CliProcess.RunAsync(null, "calendar", "show", "2023");

        Assert.Equal(0, exit);
        Assert.Contains("国办发明电〔2022〕16号", stdout, StringComparison.Ordinal);
        Assert.Contains("春节：2023-01-21（星期六） 至 2023-01-27（星期五） 放假，共 7 天；调休上班：2023-01-28（星期六）、2023-01-29（星期日）", stdout, StringComparison.Ordinal);
        Assert.Contains("元旦：2022-12-31（星期六） 至 2023-01-02（星期一）", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_show_of_an_unknown_year_exits_1_with_the_warning()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(null, "calendar", "show", "2031");

        Assert.Equal(1, exit);
        Assert.Contains("2031", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_date_exits_2_saying_what_is_accepted()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(null, "calendar", "add", "28/09/2022", "3");

        Assert.Equal(2, exit);
        Assert.Contains("YYYY-MM-DD", stderr, StringComparison.Ordinal);
    }

    private static string LastLine(string text) => text.TrimEnd().Split('\n')[^1].Trim();
}
