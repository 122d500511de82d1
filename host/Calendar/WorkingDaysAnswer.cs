namespace Supervision.Host.Calendar;

/// <summary>The date <c>Days</c> working days after (before, when negative) <c>From</c>, with a warning per year counted without its calendar.</summary>
public sealed record WorkingDaysAnswer(string From, int Days, string Date, IReadOnlyList<CalendarWarningView> Warnings);
