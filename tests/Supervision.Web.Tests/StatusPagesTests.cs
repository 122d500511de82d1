using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>The 404 and 403 pages stand inside the site (header, navigation, language switch) and say nothing of what was asked for; the API keeps problem+json.</summary>
[Collection(WebCollection.Name)]
public sealed class StatusPagesTests(WebFixture web)
{
    [Fact]
    public async Task An_unknown_address_and_a_page_not_yours_answer_404_inside_the_layout_without_naming_what_was_asked()
    {
        var page = await web.SignedInPageAsync("rsj-user");
        foreach (var address in new[] { "/no-such-page/secret-plan-42", "/users", "/assignments/secret-plan-42~swt" })
        {
            var answer = await page.GotoAsync(address);
            Assert.Equal(404, answer!.Status);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("未找到");
            await Assertions.Expect(page.Locator("header.top nav")).ToContainTextAsync("待办任务");
            await Assertions.Expect(page.Locator("header.top")).ToContainTextAsync("English");
            Assert.DoesNotContain("secret-plan-42", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        }

        await WebFixture.ShotAsync(page, "agency-not-found");
        await page.ClickAsync("text=English");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Not found");
        Assert.Equal(404, (await page.GotoAsync("/no-such-page"))!.Status);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task The_403_page_stands_inside_the_layout_too()
    {
        var page = await web.SignedInPageAsync("insp");
        var answer = await page.GotoAsync("/error/403");
        Assert.Equal(403, answer!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("无权访问");
        await Assertions.Expect(page.Locator("header.top nav")).ToContainTextAsync("总览");
    }

    [Fact]
    public async Task The_api_still_answers_an_unknown_address_with_problem_json()
    {
        using var answer = await web.Coordinator.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_office_is_told_on_every_page_which_coming_year_has_no_holiday_calendar_and_an_agency_is_not()
    {
        // This year and the next, in the office's zone, without their cn-YYYY.yaml: the dates there count weekends only.
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        var calendars = Supervision.Workflows.Calendar.CalendarFiles.DefaultFolder;
        var missing = new[] { today.Year, today.Year + 1 }.Where(y => !File.Exists(Path.Combine(calendars, $"cn-{y}.yaml"))).ToList();
        Assert.True(Directory.Exists(calendars), $"no calendar folder at {calendars}");

        var office = await web.SignedInPageAsync("coord");
        var agency = await web.SignedInPageAsync("rsj-user");
        await office.GotoAsync("/plans");
        if (missing.Count == 0)
        {
            await Assertions.Expect(office.Locator("#calendar-banner")).ToHaveCountAsync(0);
            return;
        }

        foreach (var year in missing)
        {
            await Assertions.Expect(office.Locator("#calendar-banner")).ToContainTextAsync($"{year}");
        }

        await Assertions.Expect(office.Locator("#calendar-banner")).ToContainTextAsync("工作日历缺少");
        await WebFixture.ShotAsync(office, "office-calendar-banner");
        await Assertions.Expect(agency.Locator("header.top")).ToBeVisibleAsync();
        await Assertions.Expect(agency.Locator("#calendar-banner")).ToHaveCountAsync(0);
    }
}
