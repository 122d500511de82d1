namespace Supervision.Workflows.Calendar;

/// <summary>Days the office itself does not work beyond the national calendar (from <c>office.yaml</c>).</summary>
/// <param name="Name">Why, for example 机关搬迁.</param>
/// <param name="From">First closed day.</param>
/// <param name="To">Last closed day.</param>
public sealed record OfficeClosure(string Name, DateOnly From, DateOnly To)
{
    /// <summary>Every closed day, in order.</summary>
    public IEnumerable<DateOnly> Days => Enumerable.Range(0, To.DayNumber - From.DayNumber + 1).Select(From.AddDays);
}
