namespace Supervision.Workflows.Calendar;

/// <summary>One public holiday as the State Council's notice gives it: the days off, and the weekend days worked to make up for them (调休).</summary>
/// <param name="Name">The holiday's name as the notice writes it, for example 国庆节 or 中秋节、国庆节.</param>
/// <param name="From">First day off.</param>
/// <param name="To">Last day off (the same as <paramref name="From"/> for a single day).</param>
/// <param name="Workdays">Saturdays and Sundays that are working days because of this holiday (调休上班).</param>
public sealed record Holiday(string Name, DateOnly From, DateOnly To, IReadOnlyList<DateOnly> Workdays)
{
    /// <summary>Every day off, in order.</summary>
    public IEnumerable<DateOnly> Days => Enumerable.Range(0, To.DayNumber - From.DayNumber + 1).Select(From.AddDays);
}
