using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Supervision.Engine.Trail;

/// <summary>
/// An exported trail (<c>supervision-trail/2</c>): what an inspector takes away and verifies offline. Hashes cover the
/// canonical (RFC 8785) form of each event, so the file may be re-indented, re-escaped or reordered by any JSON tool
/// and still verifies; changing a value does not. The <see cref="Scope"/> says which streams it covers, so it can be
/// held against a signed checkpoint. Files of the first format (<c>supervision-trail/1</c>, hashes over the payload's
/// exact text) are still read and verified as they were written.
/// </summary>
public sealed record TrailDocument(string Subject, DateTimeOffset ExportedAt, IReadOnlyList<StoredEvent> Events)
{
    /// <summary>The format tag this version writes.</summary>
    public const string FormatName = "supervision-trail/2";

    /// <summary>The first format, still read: hashes over the payload's stored text, no log chain, no scope.</summary>
    public const string LegacyFormatName = "supervision-trail/1";

    /// <summary>The streams the export covers; null for files of the first format.</summary>
    public TrailScope? Scope { get; init; }

    /// <summary>True for a file of the first format, whose hashes are checked the first format's way.</summary>
    public bool IsLegacy { get; init; }

    /// <summary>Larger inputs are refused before parsing: a trail this big is not an item's trail.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Chinese names and reasons stay readable in the file; escaping changes nothing that is hashed.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Checks the exported events' chains (the log chain too for a whole-log export) and that each belongs to the scope.</summary>
    public TrailVerification Verify()
    {
        var verification = TrailVerifier.Verify(Events, Scope?.IsWholeLog == true, IsLegacy ? LegacyTrailHash.Compute : TrailHash.Compute);
        var stray = Scope is null || !verification.Intact ? null : Events.FirstOrDefault(e => !Scope.Covers(e.StreamId));
        return stray is null ? verification : verification with
        {
            Intact = false,
            FirstFault = new TrailFault(stray.Position, stray.StreamId, stray.Version,
                $"Stream '{stray.StreamId}' does not belong to the export's scope ({Scope}): the file was assembled from other trails."),
        };
    }

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
            WriteScope(json, Scope ?? throw new InvalidOperationException("An export needs a scope."));
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
        json.WriteString("log_hash", e.LogHash);
        json.WriteEndObject();
    }

    private static void WriteScope(Utf8JsonWriter json, TrailScope scope)
    {
        json.WriteStartObject("scope");
        json.WriteString("kind", scope.IsWholeLog ? "log" : "item");
        if (!scope.IsWholeLog)
        {
            json.WriteString("item_id", scope.ItemId);
            json.WriteString("agency_id", scope.AgencyId);
            if (scope.Below is { } below)
            {
                json.WriteStartArray("below");
                below.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
            }
        }

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
