namespace Supervision.Host.Calendar;

/// <summary>A public holiday: its days off (<c>From</c>–<c>To</c>, <c>DaysOff</c> in all) and the weekend days worked for it (调休上班).</summary>
public sealed record HolidayView(string Name, string From, string To, int DaysOff, IReadOnlyList<string> Workdays);
