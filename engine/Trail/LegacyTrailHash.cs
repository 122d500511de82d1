using System.Globalization;
using System.Text;
using Supervision.Engine.Trail.Canonical;

namespace Supervision.Engine.Trail;

/// <summary>
/// The hash of the first trail version (exports <c>supervision-trail/1</c>, databases before store migration 2),
/// kept only to read what that version wrote: old exports still verify, and the upgrade checks the old chain before it
/// re-hashes. Canonical bytes were a JSON array without whitespace,
/// <c>[stream_id, version, type, payload, actor_user, actor_role, actor_agency, at, correlation_id]</c>, with the
/// payload's stored <i>text</i> as a string, so re-indenting the payload changed the hash.
/// </summary>
internal static class LegacyTrailHash
{
    /// <summary>The canonical bytes of an event (see the type's summary).</summary>
    public static byte[] CanonicalBytes(
        string streamId, long version, string type, string payload, Actor actor, DateTimeOffset at, string? correlationId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var text = new StringBuilder(payload.Length + 256).Append('[');
        AppendString(text, streamId).Append(',');
        text.Append(version.ToString(CultureInfo.InvariantCulture)).Append(',');
        AppendString(text, type).Append(',');
        AppendString(text, payload).Append(',');
        AppendString(text, actor.UserId).Append(',');
        AppendString(text, actor.Role).Append(',');
        AppendString(text, actor.AgencyId).Append(',');
        AppendString(text, TrailTime.Format(at)).Append(',');
        AppendString(text, correlationId).Append(']');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The canonical bytes of a stored event.</summary>
    public static byte[] CanonicalBytes(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return CanonicalBytes(
            stored.StreamId, stored.Version, stored.Type, stored.Payload, stored.Actor, stored.At, stored.CorrelationId);
    }

    /// <summary>What the hash of a stored event should be, given its own previous hash and content.</summary>
    public static string Compute(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return TrailHash.Compute(stored.PreviousHash, CanonicalBytes(stored));
    }

    private static StringBuilder AppendString(StringBuilder text, string? value) => CanonicalJson.AppendString(text, value);
}
