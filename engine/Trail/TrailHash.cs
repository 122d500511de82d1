using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Supervision.Engine.Trail;

/// <summary>
/// The hash chain of the trail, defined here and nowhere else.
/// <para>
/// <b>Canonical bytes</b> of an event: the UTF-8 encoding of a JSON array without whitespace, exactly
/// <c>[stream_id, version, type, payload, actor_user, actor_role, actor_agency, at, correlation_id]</c>, where
/// version is a base-10 integer; <c>payload</c> is the stored payload <i>text</i> as a JSON string (never re-parsed,
/// so the hash covers every byte that was stored); <c>actor_agency</c> and <c>correlation_id</c> are <c>null</c> when
/// absent; <c>at</c> is <see cref="TrailTime.Format"/>. Strings are escaped as RFC 8785 does: <c>"</c> and <c>\</c>
/// as <c>\"</c> and <c>\\</c>, U+0008/09/0A/0C/0D as <c>\b \t \n \f \r</c>, other controls below U+0020 as
/// <c>\u00xx</c> (lowercase hex), everything else literally.
/// </para>
/// <para>
/// <b>Hash</b> = lowercase hex SHA-256( ASCII of the previous hash (64 hex characters) ‖ canonical bytes ).
/// The previous hash of version 1 is <see cref="Genesis"/>. The global position is deliberately not hashed, so a
/// trail keeps verifying after export and re-import; the version is, so events cannot be renumbered.
/// </para>
/// </summary>
public static class TrailHash
{
    /// <summary>The previous hash of every stream's first event.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

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

    private static StringBuilder AppendString(StringBuilder text, string? value)
    {
        if (value is null)
        {
            return text.Append("null");
        }

        text.Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\b' => text.Append("\\b"),
                '\t' => text.Append("\\t"),
                '\n' => text.Append("\\n"),
                '\f' => text.Append("\\f"),
                '\r' => text.Append("\\r"),
                < ' ' => text.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append('"');
    }
}
