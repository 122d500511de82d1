namespace Supervision.Workflows.Calendar;

/// <summary>
/// A date was counted in a year no <c>cn-YYYY.yaml</c> covers: only weekends were skipped there, so a public holiday
/// or a make-up working day of that year may be missed. Callers log it or show it; the calendar never guesses the year.
/// </summary>
/// <param name="Year">The year without a calendar.</param>
public sealed record CalendarWarning(int Year)
{
    /// <summary>The sentence in English.</summary>
    public string Message =>
        $"There is no holiday calendar for {Year} (workflows/calendars/cn-{Year}.yaml): only weekends were skipped in {Year}; its public holidays and make-up working days are not known.";

    /// <summary>The sentence in Chinese.</summary>
    public string Chinese =>
        $"尚未载入 {Year} 年的节假日安排（workflows/calendars/cn-{Year}.yaml）：{Year} 年只按周末计算，法定节假日和调休上班日未计入。";

    public override string ToString() => Message;
}
