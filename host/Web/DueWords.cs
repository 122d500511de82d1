using Supervision.Workflows.Calendar;

namespace Supervision.Host.Web;

/// <summary>A due time in working-day terms, as an agency counts: "还剩 2 个工作日", "今天到期", "已逾期 3 个工作日".</summary>
public sealed class DueWords(DueTimes due, TimeProvider clock, Lang lang)
{
    // Beyond this the count is not worth the loop: the date says enough.
    private const int Horizon = 400;

    public string Of(DateTimeOffset? dueAt)
    {
        if (dueAt is not { } at)
        {
            return lang["未设期限", "no due date"];
        }

        var today = due.LocalDate(clock.GetUtcNow());
        var day = due.LocalDate(at);
        if (day == today)
        {
            return lang["今天到期", "due today"];
        }

        var (from, to) = day > today ? (today, day) : (day, today);
        if (to.DayNumber - from.DayNumber > Horizon)
        {
            return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            count += due.Calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return day > today
            ? lang[$"还剩 {count} 个工作日", $"{count} working days left"]
            : lang[$"已逾期 {count} 个工作日", $"{count} working days overdue"];
    }
}
