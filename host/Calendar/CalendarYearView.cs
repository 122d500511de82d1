namespace Supervision.Host.Calendar;

/// <summary>A year of the working-day calendar: the notice cited, its holidays with their make-up days, the office's closures.</summary>
public sealed record CalendarYearView(
    int Year,
    bool Known,
    NoticeView? Notice,
    IReadOnlyList<HolidayView> Holidays,
    IReadOnlyList<ClosureView> Closures,
    IReadOnlyList<CalendarWarningView> Warnings);
