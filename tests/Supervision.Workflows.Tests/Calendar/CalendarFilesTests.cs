using Supervision.Workflows.Calendar;
using Supervision.Workflows.Definition;
using Supervision.Workflows.Tests.Definition;

namespace Supervision.Workflows.Tests.Calendar;

public sealed class CalendarFilesTests
{
    private const string Year2022 = """
        year: 2022
        notice:
          title: 国务院办公厅关于2022年部分节假日安排的通知
          number: 国办发明电〔2021〕11号
          issued: 2021-10-25
          sources: [http://example.org/notice]
        holidays:
          - name: 国庆节
            from: 2022-10-01
            to: 2022-10-07
            workdays: [2022-10-08, 2022-10-09]
        """;

    private static string With(string original, string replacement)
    {
        Assert.Contains(original, Year2022, StringComparison.Ordinal);
        return Year2022.Replace(original, replacement, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_year_and_the_offices_closures_make_one_calendar()
    {
        using var folder = new TempFolder();
        folder.Write("cn-2022.yaml", Year2022);
        folder.Write("office.yaml", """
            closures:
              - name: 机关搬迁
                from: 2022-09-29
            """);

        var calendar = CalendarFiles.LoadFolder(folder.Path);

        Assert.Equal(CalendarDayKind.OfficeClosure, calendar.Day(new DateOnly(2022, 9, 29)).Kind);
        // 30 September, then the make-up weekend of 8 and 9 October.
        Assert.Equal(new DateOnly(2022, 10, 9), calendar.AddWorkingDays(new DateOnly(2022, 9, 28), 3).Date);
    }

    [Fact]
    public void Without_office_yaml_the_national_calendar_alone_is_loaded()
    {
        using var folder = new TempFolder();
        folder.Write("cn-2022.yaml", Year2022);

        var calendar = CalendarFiles.LoadFolder(folder.Path);

        Assert.Empty(calendar.Closures);
        Assert.Equal(new DateOnly(2022, 10, 8), calendar.AddWorkingDays(new DateOnly(2022, 9, 28), 3).Date);
    }

    [Fact]
    public void A_make_up_day_on_a_weekday_is_refused_with_its_line()
    {
        var error = Assert.Throws<DefinitionException>(() => CalendarFiles.ParseYear(With("[2022-10-08, 2022-10-09]", "[2022-10-08, 2022-10-10]"), "cn-2022.yaml"));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(11, problem.Line);
        Assert.Contains("2022-10-10 is a Monday", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holiday_ending_before_it_starts_and_a_bad_date_are_both_reported()
    {
        var text = With("to: 2022-10-07", "to: 2022-09-07").Replace("issued: 2021-10-25", "issued: 2021-10-32", StringComparison.Ordinal);

        var error = Assert.Throws<DefinitionException>(() => CalendarFiles.ParseYear(text, "cn-2022.yaml"));

        Assert.Collection(
            error.Errors,
            e => Assert.Equal((5, true), (e.Line, e.Message.Contains("'issued' must be a date written YYYY-MM-DD", StringComparison.Ordinal))),
            e => Assert.Equal((10, true), (e.Line, e.Message.Contains("comes before 'from'", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_file_named_for_one_year_holding_another_is_refused()
    {
        var error = Assert.Throws<DefinitionException>(() => CalendarFiles.ParseYear(Year2022, "cn-2023.yaml"));

        Assert.Contains(error.Errors, e => e.Line == 1 && e.Message.Contains("named for 2023", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_notice_number_and_an_unknown_key_are_named()
    {
        var text = With("  number: 国办发明电〔2021〕11号\n", "").Replace("workdays:", "workday:", StringComparison.Ordinal);

        var error = Assert.Throws<DefinitionException>(() => CalendarFiles.ParseYear(text, "cn-2022.yaml"));

        Assert.Contains(error.Errors, e => e.Message.Contains("missing 'number'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Line == 10 && e.Message.Contains("Unknown key 'workday'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_date_in_two_files_is_refused_naming_both()
    {
        using var folder = new TempFolder();
        folder.Write("cn-2022.yaml", Year2022 + "\n  - name: 测试\n    from: 2022-12-31\n    to: 2022-12-31\n");
        var second = folder.Write("cn-2023.yaml", """
            year: 2023
            notice:
              title: 国务院办公厅关于2023年部分节假日安排的通知
              number: 国办发明电〔2022〕16号
              issued: 2022-12-08
              sources: [http://example.org/notice]
            holidays:
              - name: 元旦
                from: 2022-12-31
                to: 2023-01-02
            """);

        var error = Assert.Throws<DefinitionException>(() => CalendarFiles.LoadFolder(folder.Path));

        var problem = Assert.Single(error.Errors);
        Assert.Equal((second, 9), (problem.File, problem.Line));
        Assert.Contains("2022-12-31 is both 测试 (day off, cn-2022.yaml) and 元旦 (day off, cn-2023.yaml)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_office_file_is_reported_with_its_file_and_line()
    {
        using var folder = new TempFolder();
        folder.Write("cn-2022.yaml", Year2022);
        var office = folder.Write("office.yaml", "closures:\n  - name: 停电\n    from: 2022/09/29\n");

        var error = Assert.Throws<DefinitionException>(() => CalendarFiles.LoadFolder(folder.Path));

        var problem = Assert.Single(error.Errors);
        Assert.Equal((office, 3), (problem.File, problem.Line));
        Assert.Contains("'from' must be a date written YYYY-MM-DD", problem.Message, StringComparison.Ordinal);
        Assert.Contains("office.yaml, line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_neither_a_year_nor_the_office_is_refused()
    {
        using var folder = new TempFolder();
        folder.Write("holidays-2022.yaml", Year2022);

        var error = Assert.Throws<DefinitionException>(() => CalendarFiles.LoadFolder(folder.Path));

        Assert.Contains("not a calendar file name", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }
}
