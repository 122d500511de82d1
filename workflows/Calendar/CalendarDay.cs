namespace Supervision.Workflows.Calendar;

/// <summary>What the calendar says about one date.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">Why it is or is not a working day.</param>
/// <param name="Name">The holiday or closure behind it, for holidays, make-up days and closures.</param>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string? Name)
{
    /// <summary>True for ordinary weekdays and make-up working days.</summary>
    public bool IsWorkingDay => Kind is CalendarDayKind.Workday or CalendarDayKind.MakeupWorkday;
}
