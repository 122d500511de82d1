using Supervision.Workflows.Definitions;

namespace Supervision.Engine.ReadModel;

/// <summary>
/// Turns a definition's windows into due times. Working days skip Saturdays and Sundays; public holidays and
/// make-up working days (调休) come with the business calendar of the deadlines work.
/// Dates without a time end at 23:59:59 in the office's time zone (China Standard Time, UTC+8).
/// </summary>
public static class DueDates
{
    public static TimeSpan OfficeOffset { get; } = TimeSpan.FromHours(8);

    public static DateTimeOffset EndOfDay(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(23, 59, 59)), OfficeOffset).ToUniversalTime();

    public static DateTimeOffset Add(DateTimeOffset from, Span span) => span.Unit switch
    {
        SpanUnit.Hours => from.AddHours(span.Amount),
        SpanUnit.Days => EndOfDay(LocalDate(from).AddDays(span.Amount)),
        SpanUnit.Weeks => EndOfDay(LocalDate(from).AddDays(7 * span.Amount)),
        SpanUnit.Months => EndOfDay(LocalDate(from).AddMonths(span.Amount)),
        _ => EndOfDay(AddWorkingDays(LocalDate(from), span.Amount)),
    };

    private static DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(OfficeOffset).DateTime);

    private static DateOnly AddWorkingDays(DateOnly date, int count)
    {
        var step = count < 0 ? -1 : 1;
        for (var left = Math.Abs(count); left > 0;)
        {
            date = date.AddDays(step);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                left--;
            }
        }

        return date;
    }
}
