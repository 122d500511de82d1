using System.Globalization;
using Supervision.Engine.Errors;
using Supervision.Engine.ReadModel;

namespace Supervision.Engine.Audit;

/// <summary>
/// What the audit list is asked for: a username, a kind, and a time range (a date is a whole local day: <c>from</c>
/// its start, <c>to</c> its end; an ISO instant is taken as it is). Bad text is refused naming the parameter.
/// </summary>
public sealed record AuditFilter(string? User, string? Kind, DateTimeOffset? From, DateTimeOffset? To, int Offset, int Limit)
{
    public static AuditFilter Parse(string? user, string? kind, string? from, string? to, int offset, int limit, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        kind = Blank(kind);
        if (kind is not null && !AuditKinds.IsKnown(kind))
        {
            throw SupervisionException.Invalid("audit.kind", $"'kind' must be one of {string.Join(", ", AuditKinds.All)} (was '{kind}').", "kind");
        }

        var start = Time(from, "from", zone, endOfDay: false);
        var end = Time(to, "to", zone, endOfDay: true);
        if (start > end)
        {
            throw SupervisionException.Invalid("audit.range", $"'from' ({from}) is after 'to' ({to}).", "from");
        }

        Paging.Check(offset, limit, Access.Limits.AuditPage);
        return new(Blank(user), kind, start, end, offset, limit);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateTimeOffset? Time(string? text, string field, TimeZoneInfo zone, bool endOfDay)
    {
        if (Blank(text) is not { } t)
        {
            return null;
        }

        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var local = day.ToDateTime(endOfDay ? TimeOnly.MaxValue : TimeOnly.MinValue);
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }

        if (t.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        throw SupervisionException.Invalid("audit.bad_time", $"'{field}' must be a date such as 2026-05-01 or an ISO time (was '{t}').", field);
    }
}
