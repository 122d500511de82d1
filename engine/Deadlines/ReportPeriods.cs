using System.Globalization;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Definition;

namespace Supervision.Engine.Deadlines;

/// <summary>
/// The report periods an assignment owes from its start: calendar months, quarters (3 months) and ISO weeks are
/// aligned to the calendar, other lengths run from the start day. The period the start falls in counts when the start
/// is in its first half; the last is the one that ends before the work is due (the completion covers the rest), or a
/// year of periods when the work has no due date. Each report is due the definition's grace after its period ends.
/// </summary>
public static class ReportPeriods
{
    public const int Max = 60;

    public static IReadOnlyList<ReportPeriod> From(DateOnly start, DateOnly? due, WorkflowDefinition definition, DueTimes times)
    {
        var every = definition.ReportEvery;
        var periods = new List<ReportPeriod>();
        var (first, _) = Containing(start, every);
        var cursor = first;
        var limit = due ?? start.AddYears(1);
        while (periods.Count < Max)
        {
            var (from, to) = Containing(cursor, every);
            if (to >= limit)
            {
                break;
            }

            var halfway = from.AddDays((to.DayNumber - from.DayNumber) / 2);
            if (from > start || start <= halfway)
            {
                var dueAt = times.Add(times.EndOfDay(to, definition.Cutoff), definition.ReportGrace, definition.Cutoff);
                periods.Add(new ReportPeriod(Name(from, every), from, to, dueAt));
            }

            cursor = to.AddDays(1);
        }

        return periods;
    }

    private static (DateOnly From, DateOnly To) Containing(DateOnly day, Span every) => every.Unit switch
    {
        SpanUnit.Months => MonthsContaining(day, Math.Max(1, every.Amount)),
        SpanUnit.Weeks => (Monday(day), Monday(day).AddDays(7 * Math.Max(1, every.Amount) - 1)),
        _ => (day, day.AddDays(Math.Max(1, every.Unit == SpanUnit.Days || every.Unit == SpanUnit.WorkingDays ? every.Amount : 1) - 1)),
    };

    private static (DateOnly, DateOnly) MonthsContaining(DateOnly day, int months)
    {
        var index = (day.Month - 1) / months * months;
        var from = new DateOnly(day.Year, index + 1, 1);
        return (from, from.AddMonths(months).AddDays(-1));
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static string Name(DateOnly from, Span every) => every.Unit switch
    {
        SpanUnit.Months when every.Amount == 3 => $"{from.Year}-Q{(from.Month - 1) / 3 + 1}",
        SpanUnit.Months => from.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        SpanUnit.Weeks => $"{ISOWeek.GetYear(from.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(from.ToDateTime(TimeOnly.MinValue)):00}",
        _ => from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
