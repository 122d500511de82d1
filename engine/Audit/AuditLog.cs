using Supervision.Engine.Audit.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Audit;

/// <summary>
/// The one call every access hook makes: appends to the day's audit stream and returns once it is durable.
/// Only names, addresses and file names are taken; a caller never hands it a password or a token.
/// </summary>
public sealed class AuditLog(IGrainFactory grains, TimeProvider clock)
{
    public Task RecordAsync(string kind, Actor actor, string? user, string? address, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var day = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var access = new AccessAudited(kind, Cut(user, 64), Cut(address, 64), Cut(subject, 200));
        return grains.GetGrain<IAuditGrain>(day).RecordAsync(access, actor);
    }

    /// <summary>The stream a day's accesses are written to (UTC days).</summary>
    public static string StreamOf(DateOnly day) =>
        StreamIds.Of(StreamIds.AuditKind, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private static string? Cut(string? text, int max) => text is { Length: > 0 } t ? (t.Length > max ? t[..max] : t) : null;
}
