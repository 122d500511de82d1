using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Supervision.Engine.Trail.Canonical;

namespace Supervision.Engine.Trail;

/// <summary>
/// The hash chains of the trail, defined here and nowhere else.
/// <para>
/// <b>Canonical bytes</b> of an event: the RFC 8785 (JCS, <see cref="CanonicalJson"/>) form of the object
/// <c>{"actor":{"agency","role","user"},"at","correlation_id","payload","stream_id","type","version"}</c>, where
/// <c>payload</c> is the event's payload <i>parsed</i> and canonicalised (not its stored text), <c>at</c> is
/// <see cref="TrailTime.Format"/>, <c>version</c> an integer, absent agency and correlation id <c>null</c>. A file
/// re-indented, <c>\u</c>-escaped or with members reordered by another tool therefore hashes the same; any change of a
/// value does not.
/// </para>
/// <para>
/// <b>Stream chain</b>: <c>hash</c> = lowercase hex SHA-256( ASCII of the previous event's hash in the same stream
/// (64 hex characters) ‖ canonical bytes ); a stream's first event links to <see cref="Genesis"/>. The version is
/// hashed, so events cannot be renumbered.
/// </para>
/// <para>
/// <b>Log chain</b>: <c>log_hash</c> = lowercase hex SHA-256( ASCII of the previous event's <c>log_hash</c> in
/// position order, over the whole log ‖ ASCII of this event's <c>hash</c> ); the log's first event links to
/// <see cref="Genesis"/>. Removing any event, also a stream's newest, breaks the next event's link; removing the
/// log's newest shows against a signed checkpoint. Position numbers themselves are not hashed, only their order.
/// </para>
/// </summary>
public static class TrailHash
{
    /// <summary>The previous hash of every stream's first event, and of the log's first event.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The canonical bytes of an event (see the type's summary); throws <see cref="FormatException"/> for a payload without a canonical form.</summary>
    public static byte[] CanonicalBytes(
        string streamId, long version, string type, string payload, Actor actor, DateTimeOffset at, string? correlationId)
    {
        ArgumentNullException.ThrowIfNull(streamId);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(actor);
        // Members in RFC 8785 order (UTF-16 code units of their names), written directly: the names are fixed ASCII.
        var text = new StringBuilder(payload.Length + 256).Append("{\"actor\":{\"agency\":");
        CanonicalJson.AppendString(text, actor.AgencyId).Append(",\"role\":");
        CanonicalJson.AppendString(text, actor.Role).Append(",\"user\":");
        CanonicalJson.AppendString(text, actor.UserId).Append("},\"at\":");
        CanonicalJson.AppendString(text, TrailTime.Format(at)).Append(",\"correlation_id\":");
        CanonicalJson.AppendString(text, correlationId).Append(",\"payload\":");
        CanonicalJson.Append(text, payload).Append(",\"stream_id\":");
        CanonicalJson.AppendString(text, streamId).Append(",\"type\":");
        CanonicalJson.AppendString(text, type).Append(",\"version\":");
        text.Append(version.ToString(CultureInfo.InvariantCulture)).Append('}');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The canonical bytes of a stored event.</summary>
    public static byte[] CanonicalBytes(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return CanonicalBytes(
            stored.StreamId, stored.Version, stored.Type, stored.Payload, stored.Actor, stored.At, stored.CorrelationId);
    }

    /// <summary>Chains canonical bytes onto the previous hash.</summary>
    public static string Compute(string previousHash, ReadOnlySpan<byte> canonicalBytes)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        var input = new byte[Encoding.ASCII.GetByteCount(previousHash) + canonicalBytes.Length];
        var written = Encoding.ASCII.GetBytes(previousHash, input);
        canonicalBytes.CopyTo(input.AsSpan(written));
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }

    /// <summary>What the hash of a stored event should be, given its own previous hash and content.</summary>
    public static string Compute(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return Compute(stored.PreviousHash, CanonicalBytes(stored));
    }

    /// <summary>The log chain: links an event's hash onto the log hash of the event before it in the whole log.</summary>
    public static string Log(string previousLogHash, string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        return Compute(previousLogHash, Encoding.ASCII.GetBytes(hash));
    }
}
