using Supervision.Workflows.Calendar;

namespace Supervision.Host.Web.Shared;

/// <summary>
/// The years the office is working in (this one and the next, in its zone) that the business calendar has no holiday file
/// for: due dates there skip weekends only. Said on every page to the office and the admin, not only in the host's log.
/// </summary>
public static class CalendarGaps
{
    public static IReadOnlyList<int> Of(DueTimes due, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(clock);
        var year = due.LocalDate(clock.GetUtcNow()).Year;
        return [.. new[] { year, year + 1 }.Where(y => due.Calendar.Year(y) is null)];
    }
}
