using Supervision.Workflows.Definition;

namespace Supervision.Workflows.Calendar;

/// <summary>
/// Turns a definition's windows into due instants: dates are counted in the office's time zone on the
/// <see cref="BusinessCalendar"/>, a due date ends at the definition's cut-off time (default 23:59:59), and the instant
/// is returned in UTC for storage. A count through a year without its calendar is reported to <c>warned</c>.
/// </summary>
public sealed class DueTimes(BusinessCalendar calendar, TimeZoneInfo zone, Action<CalendarWarning>? warned = null)
{
    /// <summary>The time zone used when none is configured.</summary>
    public const string DefaultZoneId = "Asia/Shanghai";

    /// <summary>When a due day ends without a cut-off in the definition.</summary>
    public static readonly TimeOnly EndOfDayTime = new(23, 59, 59);

    public BusinessCalendar Calendar => calendar;

    public TimeZoneInfo Zone => zone;

    /// <summary>The default: the loaded calendar in China Standard Time.</summary>
    public static DueTimes ChinaStandard(BusinessCalendar calendar, Action<CalendarWarning>? warned = null) =>
        new(calendar, TimeZoneInfo.FindSystemTimeZoneById(DefaultZoneId), warned);

    /// <summary>The instant, in UTC, that <paramref name="date"/> ends in the office's zone: at <paramref name="cutoff"/>, or 23:59:59.</summary>
    public DateTimeOffset EndOfDay(DateOnly date, TimeOnly? cutoff = null)
    {
        var local = date.ToDateTime(cutoff ?? EndOfDayTime);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The date <paramref name="at"/> falls on in the office's zone.</summary>
    public DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>
    /// When a window of <paramref name="span"/> opened at <paramref name="from"/> closes. Hours are exact; days, weeks and
    /// months are calendar time; working days skip weekends, public holidays and office closures and count make-up days.
    /// Every unit but hours ends at the cut-off time of the day reached.
    /// </summary>
    public DateTimeOffset Add(DateTimeOffset from, Span span, TimeOnly? cutoff = null) => span.Unit switch
    {
        SpanUnit.Hours => from.AddHours(span.Amount).ToUniversalTime(),
        SpanUnit.Days => EndOfDay(LocalDate(from).AddDays(span.Amount), cutoff),
        SpanUnit.Weeks => EndOfDay(LocalDate(from).AddDays(7 * span.Amount), cutoff),
        SpanUnit.Months => EndOfDay(LocalDate(from).AddMonths(span.Amount), cutoff),
        _ => EndOfDay(WorkingDays(LocalDate(from), span.Amount), cutoff),
    };

    private DateOnly WorkingDays(DateOnly from, int count)
    {
        var answer = calendar.AddWorkingDays(from, count);
        foreach (var warning in answer.Warnings)
        {
            warned?.Invoke(warning);
        }

        return answer.Date;
    }
}
