using Supervision.Engine.Plans;

namespace Supervision.Engine.Targets;

/// <summary>
/// Expected pace (序时进度) and the colour of a target's roll-up against it. A cumulative target (comparator <c>&gt;=</c>,
/// aggregation <c>sum</c>) is expected at target × elapsed share; green at or above that, yellow within 10 % below it,
/// red further below. A level (a rate, or any other comparator) is held to the target itself at every date: <c>&lt;=</c>
/// green at or under it, yellow up to 5 % over, red beyond; <c>~</c> and <c>=</c> green within 5 % of it, yellow within
/// 10 %, red beyond (<c>=</c> on a count: green when reached). Nothing reported yet is grey.
/// </summary>
public static class Pace
{
    public const string Green = "green";
    public const string Yellow = "yellow";
    public const string Red = "red";
    public const string Grey = "grey";

    public static bool IsCumulative(Target target) =>
        Aggregations.Of(target) == Aggregations.Sum && target.Comparator is ">=" or "=";

    /// <summary>What the roll-up should have reached by now, or null when the target has no value.</summary>
    public static decimal? Expected(Target target, decimal elapsedShare) =>
        target.Value is not { } value ? null : IsCumulative(target) ? Math.Round(value * elapsedShare, 2) : value;

    public static string Colour(Target target, decimal? actual, decimal? expected)
    {
        if (actual is not { } a || expected is not { } e || target.Value is not { } t)
        {
            return Grey;
        }

        if (IsCumulative(target))
        {
            return a >= e ? Green : a >= e * 0.9m ? Yellow : Red;
        }

        var off = t == 0 ? Math.Abs(a) : Math.Abs(a - t) / Math.Abs(t);
        return target.Comparator switch
        {
            "<=" => a <= t ? Green : off <= 0.05m ? Yellow : Red,
            ">=" => a >= t ? Green : off <= 0.05m ? Yellow : Red,
            _ => off <= 0.05m ? Green : off <= 0.10m ? Yellow : Red,
        };
    }

    /// <summary>The roll-up as a share of the expected pace (1 = on pace), or null when either is unknown or zero.</summary>
    public static decimal? Ratio(decimal? actual, decimal? expected) =>
        actual is { } a && expected is { } e && e != 0 ? Math.Round(a / e, 4) : null;
}
