namespace Supervision.Engine.Targets;

/// <summary>
/// The span a plan's targets are for (a year's programme: 2022-01-01 to 2022-12-31), both days inclusive, in the office's
/// zone. Stated with the targets; left out, it is the calendar year of the plan's issue date (or of its creation).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PlanPeriod(DateOnly Start, DateOnly End)
{
    public static PlanPeriod YearOf(DateOnly day) => new(new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31));

    /// <summary>The share of the period elapsed by the end of <paramref name="today"/>, from 0 to 1 (序时进度).</summary>
    public decimal ElapsedShare(DateOnly today)
    {
        var total = End.DayNumber - Start.DayNumber + 1;
        var elapsed = Math.Clamp(today.DayNumber - Start.DayNumber + 1, 0, total);
        return Math.Round((decimal)elapsed / total, 4);
    }
}
