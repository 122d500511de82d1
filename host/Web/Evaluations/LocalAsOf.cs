using System.Globalization;
using Supervision.Engine.Errors;

namespace Supervision.Host.Web.Evaluations;

/// <summary>A date and time typed in the office's zone (a datetime-local field: 2026-03-01T09:00) as an instant; empty means now.</summary>
public static class LocalAsOf
{
    public static DateTimeOffset? Parse(string? typed, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        if (!DateTime.TryParseExact(typed.Trim(), ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || zone.IsInvalidTime(local))
        {
            throw SupervisionException.Invalid("evaluation.as_of", $"'asOf' must be a date and time such as 2026-03-01T09:00 in {zone.Id} (was '{typed}').", "asOf");
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
