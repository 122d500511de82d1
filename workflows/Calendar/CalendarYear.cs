namespace Supervision.Workflows.Calendar;

/// <summary>One year's national holidays and make-up working days, from one file <c>cn-YYYY.yaml</c>.</summary>
/// <param name="Year">The year the notice is for; a holiday may start in the year before (元旦 2023 began on 2022-12-31).</param>
/// <param name="Notice">The notice the dates come from.</param>
/// <param name="Holidays">The holidays in the notice's order.</param>
public sealed record CalendarYear(int Year, CalendarNotice Notice, IReadOnlyList<Holiday> Holidays);
