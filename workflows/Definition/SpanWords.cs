namespace Supervision.Workflows.Definition;

/// <summary>The unit and cadence words a <see cref="Span"/> understands, in English and Chinese.</summary>
internal static class SpanWords
{
    private static readonly Dictionary<string, SpanUnit> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hour"] = SpanUnit.Hours, ["hours"] = SpanUnit.Hours, ["h"] = SpanUnit.Hours,
        ["小时"] = SpanUnit.Hours, ["个小时"] = SpanUnit.Hours,
        ["day"] = SpanUnit.Days, ["days"] = SpanUnit.Days,
        ["calendar day"] = SpanUnit.Days, ["calendar days"] = SpanUnit.Days,
        ["天"] = SpanUnit.Days, ["日"] = SpanUnit.Days, ["自然日"] = SpanUnit.Days, ["个自然日"] = SpanUnit.Days,
        ["working day"] = SpanUnit.WorkingDays, ["working days"] = SpanUnit.WorkingDays,
        ["workday"] = SpanUnit.WorkingDays, ["workdays"] = SpanUnit.WorkingDays,
        ["工作日"] = SpanUnit.WorkingDays, ["个工作日"] = SpanUnit.WorkingDays,
        ["week"] = SpanUnit.Weeks, ["weeks"] = SpanUnit.Weeks, ["周"] = SpanUnit.Weeks, ["个星期"] = SpanUnit.Weeks,
        ["month"] = SpanUnit.Months, ["months"] = SpanUnit.Months, ["月"] = SpanUnit.Months, ["个月"] = SpanUnit.Months,
    };

    private static readonly Dictionary<string, Span> Cadences = new(StringComparer.OrdinalIgnoreCase)
    {
        ["daily"] = new(1, SpanUnit.Days), ["每天"] = new(1, SpanUnit.Days), ["每日"] = new(1, SpanUnit.Days),
        ["weekly"] = new(1, SpanUnit.Weeks), ["每周"] = new(1, SpanUnit.Weeks),
        ["monthly"] = new(1, SpanUnit.Months), ["每月"] = new(1, SpanUnit.Months),
        ["quarterly"] = new(3, SpanUnit.Months), ["每季度"] = new(3, SpanUnit.Months),
    };

    public static SpanUnit? Unit(string word) =>
        Units.TryGetValue(word.Trim(), out var unit) ? unit : null;

    public static Span? Cadence(string word) =>
        Cadences.TryGetValue(word, out var span) ? span : null;

    public static string Name(SpanUnit unit, bool plural) => (unit, plural) switch
    {
        (SpanUnit.Hours, false) => "hour",
        (SpanUnit.Hours, true) => "hours",
        (SpanUnit.Days, false) => "day",
        (SpanUnit.Days, true) => "days",
        (SpanUnit.WorkingDays, false) => "working day",
        (SpanUnit.WorkingDays, true) => "working days",
        (SpanUnit.Weeks, false) => "week",
        (SpanUnit.Weeks, true) => "weeks",
        (SpanUnit.Months, false) => "month",
        _ => "months",
    };
}
