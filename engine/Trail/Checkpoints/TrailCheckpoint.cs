using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Supervision.Engine.Trail.Canonical;

namespace Supervision.Engine.Trail.Checkpoints;

/// <summary>
/// A signed checkpoint (<c>supervision-checkpoint/1</c>): the log's head (position, log hash) and every stream's head
/// (version, hash) at one moment, signed with the installation's ECDSA P-256 key. Kept outside the database, it makes
/// removing a stream's newest events, or a whole stream, evident: an export must reach every head it covers.
/// The signature is over the RFC 8785 form of the document without <c>signature</c>, so re-saving the file keeps it valid.
/// </summary>
public sealed record TrailCheckpoint(DateTimeOffset At, TrailHeads Heads, string PublicKey, string Signature)
{
    public const string FormatName = "supervision-checkpoint/1";

    public const string Algorithm = "ECDSA P-256 SHA-256";

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Lowercase hex SHA-256 of the public key (SubjectPublicKeyInfo DER): what an inspector compares.</summary>
    public string Fingerprint => FingerprintOf(PublicKey);

    public static string FingerprintOf(string publicKey) => Convert.ToHexStringLower(SHA256.HashData(Convert.FromBase64String(publicKey)));

    /// <summary>The bytes the signature covers.</summary>
    public byte[] SignedBytes() => CanonicalJson.Canonicalize(Write(this with { Signature = "" }, signed: false, new JsonWriterOptions()));

    /// <summary>Null when the signature verifies with the key in the file (and that key has the expected fingerprint); else why not.</summary>
    public string? Refusal(string? expectedFingerprint = null)
    {
        if (expectedFingerprint is not null && !string.Equals(expectedFingerprint.Trim(), Fingerprint, StringComparison.OrdinalIgnoreCase))
        {
            return $"it is signed with the key {Fingerprint}, not with the expected key {expectedFingerprint.Trim()}.";
        }

        try
        {
            using var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(PublicKey), out _);
            return key.VerifyData(SignedBytes(), Convert.FromBase64String(Signature), HashAlgorithmName.SHA256)
                ? null
                : "its signature does not match its content: the checkpoint was altered after it was signed, or forged.";
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return $"its key or signature cannot be read ({e.Message}).";
        }
    }

    /// <summary>The checkpoint as indented UTF-8 JSON.</summary>
    public string ToJson() => Write(this, signed: true, Indented);

    /// <summary>Reads a checkpoint; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static TrailCheckpoint Parse(string json) => TrailCheckpointReader.Read(json);

    private static string Write(TrailCheckpoint checkpoint, bool signed, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("format", FormatName);
            json.WriteString("at", TrailTime.Format(checkpoint.At));
            json.WriteStartObject("log");
            json.WriteNumber("position", checkpoint.Heads.Position);
            json.WriteString("log_hash", checkpoint.Heads.LogHash);
            json.WriteEndObject();
            json.WriteStartArray("streams");
            foreach (var head in checkpoint.Heads.Streams)
            {
                json.WriteStartObject();
                json.WriteString("stream_id", head.StreamId);
                json.WriteNumber("version", head.Version);
                json.WriteString("hash", head.Hash);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("key");
            json.WriteString("algorithm", Algorithm);
            json.WriteString("public_key", checkpoint.PublicKey);
            json.WriteString("fingerprint", FingerprintOf(checkpoint.PublicKey));
            json.WriteEndObject();
            if (signed)
            {
                json.WriteString("signature", checkpoint.Signature);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
