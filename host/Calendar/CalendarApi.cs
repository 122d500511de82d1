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
            return TypedResults.Ok(new
            {
                From = CalendarText.Iso(start),
                Days = count,
                Date = CalendarText.Iso(answer.Date),
                Warnings = answer.Warnings.Select(CalendarText.Warning),
            });
        });
        group.MapGet("/{year:int}", (int year, BusinessCalendar calendar) => TypedResults.Ok(CalendarText.Year(calendar, CalendarInput.Year(year))));
    }
}
