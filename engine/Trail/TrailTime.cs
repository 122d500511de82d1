using System.Globalization;

namespace Supervision.Engine.Trail;

/// <summary>
/// The one text form of a trail time: UTC, ISO-8601, seven fractional digits (ticks), <c>Z</c> suffix,
/// e.g. <c>2022-05-01T08:30:00.1234567Z</c>. It is hashed, stored and exported, so it must round-trip exactly.
/// </summary>
public static class TrailTime
{
    /// <summary>The custom format string behind <see cref="Format"/>.</summary>
    public const string Pattern = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>Formats an instant as trail text (offsets are converted to UTC first).</summary>
    public static string Format(DateTimeOffset at) =>
        at.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>Parses trail text; other ISO-8601 forms of the same instant are accepted too (they hash the same).</summary>
    public static DateTimeOffset Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (DateTimeOffset.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact))
        {
            return exact.ToUniversalTime();
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.RoundtripKind, out var loose))
        {
            return loose.ToUniversalTime();
        }

        throw new FormatException($"'{text}' is not an ISO-8601 time such as 2022-05-01T08:30:00.0000000Z.");
    }
}
