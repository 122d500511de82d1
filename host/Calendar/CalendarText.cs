using System.Globalization;
using Supervision.Workflows.Calendar;

namespace Supervision.Host.Calendar;

/// <summary>How the calendar is shown: JSON shapes for the API, Chinese lines for the verb, from the same model.</summary>
public static class CalendarText
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static CalendarWarningView Warning(CalendarWarning w) => new(w.Year, w.Chinese, w.Message);

    /// <summary>A year for the API: the notice cited, its holidays with their make-up days, the office's closures that year.</summary>
    public static CalendarYearView Year(BusinessCalendar calendar, int year)
    {
        var known = calendar.Year(year);
        return new CalendarYearView(
            year,
            known is not null,
            known?.Notice is { } n ? new NoticeView(n.Title, n.Number, Iso(n.Issued), n.Sources) : null,
            [.. (known?.Holidays ?? []).Select(h => new HolidayView(h.Name, Iso(h.From), Iso(h.To), h.Days.Count(), [.. h.Workdays.Select(Iso)]))],
            [.. ClosuresIn(calendar, year).Select(c => new ClosureView(c.Name, Iso(c.From), Iso(c.To)))],
            [.. calendar.Warnings(new DateOnly(year, 1, 1), new DateOnly(year, 1, 1)).Select(Warning)]);
    }

    /// <summary>A year as lines of Chinese for the terminal; null when the year has no calendar.</summary>
    public static IReadOnlyList<string>? Lines(BusinessCalendar calendar, int year)
    {
        if (calendar.Year(year) is not { } known)
        {
            return null;
        }

        var n = known.Notice;
        var lines = new List<string> { $"{year} 年放假调休安排 — {n.Title}（{n.Number}，{Iso(n.Issued)}）" };
        foreach (var h in known.Holidays)
        {
            var off = h.From == h.To ? $"{Day(h.From)} 放假" : $"{Day(h.From)} 至 {Day(h.To)} 放假，共 {h.Days.Count()} 天";
            var worked = h.Workdays.Count == 0 ? "" : $"；调休上班：{string.Join("、", h.Workdays.Select(Day))}";
            lines.Add($"  {h.Name}：{off}{worked}");
        }

        foreach (var c in ClosuresIn(calendar, year))
        {
            lines.Add($"  本单位停止办公 {c.Name}：{(c.From == c.To ? Day(c.From) : $"{Day(c.From)} 至 {Day(c.To)}")}");
        }

        return lines;
    }

    private static IEnumerable<OfficeClosure> ClosuresIn(BusinessCalendar calendar, int year) =>
        calendar.Closures.Where(c => c.From.Year == year || c.To.Year == year);

    private static string Day(DateOnly date) => $"{Iso(date)}（{Weekday(date.DayOfWeek)}）";

    private static string Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "星期一",
        DayOfWeek.Tuesday => "星期二",
        DayOfWeek.Wednesday => "星期三",
        DayOfWeek.Thursday => "星期四",
        DayOfWeek.Friday => "星期五",
        DayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };
}
