using System.Text.Json;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Calendar;

/// <summary>The working-day calendar over HTTP, for the UI: any signed-in user, problem+json on bad input.</summary>
[Collection(HostCollection.Name)]
public sealed class CalendarApiTests(HostFixture host)
{
    [Fact]
    public async Task Three_working_days_from_28_September_2022_is_the_make_up_Saturday_8_October()
    {
        var (status, body) = await host.Inspector.GetJsonAsync("/api/v1/calendar/add?from=2022-09-28&days=3");

        Assert.Equal(200, status);
        Assert.Equal("2022-10-08", body.Str("date"));
        Assert.Equal(0, body.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task A_negative_count_goes_back_across_Spring_Festival_2023()
    {
        var (status, body) = await host.Coordinator.GetJsonAsync("/api/v1/calendar/add?from=2023-02-01&days=-5");

        Assert.Equal(200, status);
        Assert.Equal("2023-01-20", body.Str("date"));
    }

    [Fact]
    public async Task A_count_into_a_year_without_its_notice_answers_with_a_warning_naming_the_year()
    {
        var (status, body) = await host.Coordinator.GetJsonAsync("/api/v1/calendar/add?from=2026-12-30&days=3");

        Assert.Equal(200, status);
        Assert.Equal("2027-01-04", body.Str("date"));
        var warning = Assert.Single(body.GetProperty("warnings").EnumerateArray());
        Assert.Equal(2027, warning.GetProperty("year").GetInt32());
        Assert.Contains("2027 年", warning.Str("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_lists_its_holidays_with_their_make_up_days_and_cites_the_notice()
    {
        var (status, body) = await host.Inspector.GetJsonAsync("/api/v1/calendar/2023");

        Assert.Equal(200, status);
        Assert.True(body.GetProperty("known").GetBoolean());
        Assert.Equal("国办发明电〔2022〕16号", body.GetProperty("notice").Str("number"));
        var spring = body.GetProperty("holidays").EnumerateArray().Single(h => h.Str("name") == "春节");
        Assert.Equal(("2023-01-21", "2023-01-27", 7), (spring.Str("from"), spring.Str("to"), spring.GetProperty("days_off").GetInt32()));
        Assert.Equal(["2023-01-28", "2023-01-29"], spring.GetProperty("workdays").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task An_unknown_year_is_not_an_error_but_says_it_counts_weekends_only()
    {
        var (status, body) = await host.Inspector.GetJsonAsync("/api/v1/calendar/2031");

        Assert.Equal(200, status);
        Assert.False(body.GetProperty("known").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("notice").ValueKind);
        Assert.Equal(2031, Assert.Single(body.GetProperty("warnings").EnumerateArray()).GetProperty("year").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/calendar/add?from=2022-13-01&days=3", "calendar.bad_date", "from")]
    [InlineData("/api/v1/calendar/add?days=3", "calendar.bad_date", "from")]
    [InlineData("/api/v1/calendar/add?from=2022-09-28&days=three", "calendar.bad_days", "days")]
    [InlineData("/api/v1/calendar/add?from=2022-09-28&days=100000", "calendar.bad_days", "days")]
    [InlineData("/api/v1/calendar/12000", "calendar.bad_year", "year")]
    public async Task Bad_input_is_a_400_problem_naming_the_parameter_with_a_chinese_sentence(string path, string code, string field)
    {
        var (status, problem) = await host.Inspector.GetJsonAsync(path);

        Assert.Equal(400, status);
        Assert.Equal(code, problem.Str("code"));
        Assert.Equal(field, problem.Str("field"));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.Str("detail"));
    }

    [Fact]
    public async Task Signing_in_is_required()
    {
        var (status, problem) = await host.Anonymous.GetJsonAsync("/api/v1/calendar/2023");

        Assert.Equal(401, status);
        Assert.Equal("auth.required", problem.Str("code"));
    }
}
