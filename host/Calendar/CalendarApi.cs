using Supervision.Workflows.Calendar;

namespace Supervision.Host.Calendar;

/// <summary>The working-day calendar for the UI: count working days from a date, and list a year's holidays and make-up days.</summary>
public static class CalendarApi
{
    public static void MapCalendarApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/calendar").WithTags("calendar").RequireAuthorization();
        group.MapGet("/add", (string? from, string? days, BusinessCalendar calendar) =>
            {
                var start = CalendarInput.Date(from, "from");
                var count = CalendarInput.Days(days, "days");
                var answer = calendar.AddWorkingDays(start, count);
                return TypedResults.Ok(new WorkingDaysAnswer(CalendarText.Iso(start), count, CalendarText.Iso(answer.Date), [.. answer.Warnings.Select(CalendarText.Warning)]));
            })
            .WithName("getDateAfterWorkingDays")
            .WithSummary("工作日推算 · The date N working days after (or before) a date");
        group.MapGet("/{year:int}", (int year, BusinessCalendar calendar) => TypedResults.Ok(CalendarText.Year(calendar, CalendarInput.Year(year))))
            .WithName("getCalendarYear")
            .WithSummary("节假日安排 · A year's public holidays and make-up working days");
    }
}
