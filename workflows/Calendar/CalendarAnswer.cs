namespace Supervision.Workflows.Calendar;

/// <summary>A date the calendar counted to, with a warning for every year it crossed without knowing that year's holidays.</summary>
/// <param name="Date">The date reached.</param>
/// <param name="Warnings">Empty when every year counted through has its calendar.</param>
public sealed record CalendarAnswer(DateOnly Date, IReadOnlyList<CalendarWarning> Warnings);
