namespace Supervision.Workflows.Definition;

/// <summary>What a <see cref="Span"/> counts: calendar time, or working days from the business calendar.</summary>
public enum SpanUnit
{
    /// <summary>Clock hours.</summary>
    Hours,
    /// <summary>Calendar days, weekends and holidays included.</summary>
    Days,
    /// <summary>Working days per the business calendar (weekends and holidays skipped, make-up days 调休 counted).</summary>
    WorkingDays,
    /// <summary>Calendar weeks.</summary>
    Weeks,
    /// <summary>Calendar months (same day of month, clamped to the month's end).</summary>
    Months,
}
