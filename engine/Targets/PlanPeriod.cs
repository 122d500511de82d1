namespace Supervision.Engine.Targets;

/// <summary>
/// The span a plan's targets are for (a year's programme: 2022-01-01 to 2022-12-31), both days inclusive, in the office's
/// zone. Stated with the targets; left out, it is the calendar year of the plan's issue date (or of its creation).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PlanPeriod(DateOnly Start, DateOnly End)
{
    public static PlanPeriod YearOf(DateOnly day) => new(new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31));

    /// <summary>
    /// The share of the period elapsed at <paramref name="at"/>, from 0 to 1, to four places (序时进度): the time since the
    /// start day began over the whole span to the end day's end, both in <paramref name="zone"/>. At 2022-06-30 00:00
    /// China Standard Time, 180 of 2022's 365 days have passed: 0.4932.
    /// </summary>
    public decimal ElapsedShare(DateTimeOffset at, TimeZoneInfo zone)
    {
        var start = Midnight(Start, zone);
        var total = (Midnight(End.AddDays(1), zone) - start).TotalSeconds;
        var elapsed = Math.Clamp((at - start).TotalSeconds, 0, total);
        return Math.Round((decimal)(elapsed / total), 4);
    }

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
