using System.Globalization;
using System.Text.RegularExpressions;

namespace Supervision.Workflows.Definition;

/// <summary>
/// A signed amount of time as coordinators write it in definitions: <c>3 working days</c>,
/// <c>-2 working days</c>, <c>10 days</c>, <c>48 hours</c>, <c>1 month</c>, <c>3 个工作日</c>,
/// or a cadence word (<c>weekly</c>, <c>monthly</c>, <c>quarterly</c>). Working days stay working
/// days here; turning them into dates is the business calendar's job.
/// </summary>
/// <param name="Amount">Signed count of <paramref name="Unit"/>; negative means "before".</param>
/// <param name="Unit">What is counted.</param>
public readonly partial record struct Span(int Amount, SpanUnit Unit)
{
    private const string Examples = "'3 working days', '-2 working days', '+1 working day', '10 days', '48 hours', '1 month' or '3 个工作日'";

    /// <summary>True when the span points before its reference time.</summary>
    public bool IsNegative => Amount < 0;

    /// <summary>True when the span must be counted on the business calendar.</summary>
    public bool IsWorkingDays => Unit == SpanUnit.WorkingDays;

    /// <summary>
    /// A rough length in hours, only for ordering spans of different units (a working day counts
    /// 7/5 of a calendar day, a month 30.44 days). Never use it to compute a due time.
    /// </summary>
    public double ApproximateHours => Amount * Unit switch
    {
        SpanUnit.Hours => 1.0,
        SpanUnit.Days => 24.0,
        SpanUnit.WorkingDays => 24.0 * 7 / 5,
        SpanUnit.Weeks => 24.0 * 7,
        _ => 24.0 * 30.44,
    };

    /// <summary>Parses a span; throws <see cref="FormatException"/> with a sentence saying what is accepted.</summary>
    public static Span Parse(string text) =>
        TryParse(text, out var span, out var error) ? span : throw new FormatException(error);

    /// <summary>Parses a span, returning false for anything that is not one.</summary>
    public static bool TryParse(string? text, out Span span) => TryParse(text, out span, out _);

    internal static bool TryParse(string? text, out Span span, out string error)
    {
        span = default;
        var trimmed = (text ?? string.Empty).Trim();
        if (SpanWords.Cadence(trimmed) is { } cadence)
        {
            span = cadence;
            error = string.Empty;
            return true;
        }

        var match = Pattern().Match(trimmed);
        if (!match.Success
            || SpanWords.Unit(match.Groups["unit"].Value) is not { } unit
            || !int.TryParse(match.Groups["amount"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            error = $"'{trimmed}' is not a span of time; write a number and a unit, for example {Examples}.";
            return false;
        }

        // The spec writes offsets with a typographic minus (−2); accept it like '-'.
        span = new Span(match.Groups["sign"].Value is "-" or "−" ? -amount : amount, unit);
        error = string.Empty;
        return true;
    }

    /// <summary>The canonical English form, which <see cref="Parse"/> reads back to an equal span.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Amount} {SpanWords.Name(Unit, plural: Math.Abs(Amount) != 1)}");

    [GeneratedRegex(@"^(?<sign>[+\-−])?\s*(?<amount>\d{1,6})\s*(?<unit>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
