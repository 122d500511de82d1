using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Supervision.Engine.Trail;

/// <summary>
/// An exported trail (<c>supervision-trail/1</c>): what an inspector takes away and verifies offline.
/// Each event's <c>payload</c> is embedded as a JSON value written byte for byte from the stored text, and read back
/// as the exact source text of that value, so hashes recompute exactly. Re-indenting the file with a tool therefore
/// shows up as an edit: the file is evidence, not a document to tidy.
/// </summary>
public sealed record TrailDocument(string Subject, DateTimeOffset ExportedAt, IReadOnlyList<StoredEvent> Events)
{
    /// <summary>The format tag this version reads and writes.</summary>
    public const string FormatName = "supervision-trail/1";

    /// <summary>Larger inputs are refused before parsing: a trail this big is not an item's trail.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Chinese names and reasons stay readable in the file; escaping changes nothing that is hashed.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Checks the exported events' chain.</summary>
    public TrailVerification Verify() => TrailVerifier.Verify(Events);

    /// <summary>Writes the document as indented UTF-8 JSON with snake_case names.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("format", FormatName);
            json.WriteString("subject", Subject);
            json.WriteString("exported_at", TrailTime.Format(ExportedAt));
            json.WriteStartArray("events");
            foreach (var e in Events)
            {
                WriteEvent(json, e);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a document; throws <see cref="FormatException"/> saying what is wrong and where.</summary>
    public static TrailDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxBytes || Encoding.UTF8.GetByteCount(json) > MaxBytes)
        {
            throw new FormatException($"The trail document is larger than {MaxBytes / (1024 * 1024)} MB and was not read.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException error)
        {
            throw new FormatException($"The trail document is not valid JSON: {error.Message}", error);
        }

        using (document)
        {
            return TrailDocumentReader.Read(document.RootElement);
        }
    }

    private static void WriteEvent(Utf8JsonWriter json, StoredEvent e)
    {
        json.WriteStartObject();
        json.WriteString("stream_id", e.StreamId);
        json.WriteNumber("version", e.Version);
        json.WriteNumber("position", e.Position);
        json.WriteString("type", e.Type);
        json.WritePropertyName("payload");
        WritePayload(json, e.Payload);
        json.WriteStartObject("actor");
        json.WriteString("user", e.Actor.UserId);
        json.WriteString("role", e.Actor.Role);
        json.WriteString("agency", e.Actor.AgencyId);
        json.WriteEndObject();
        json.WriteString("at", TrailTime.Format(e.At));
        json.WriteString("correlation_id", e.CorrelationId);
        json.WriteString("prev_hash", e.PreviousHash);
        json.WriteString("hash", e.Hash);
        json.WriteEndObject();
    }

    private static void WritePayload(Utf8JsonWriter json, string payload)
    {
        try
        {
            json.WriteRawValue(payload);
        }
        catch (ArgumentException)
        {
            // Only a payload altered in the database can be invalid JSON; export it anyway (as a string) so the
            // inspector gets the file, and verification will point at the event.
            json.WriteStringValue(payload);
        }
    }
}
