using System.Text.Json;

namespace Supervision.Engine.Trail;

/// <summary>Reads the elements of a <see cref="TrailDocument"/>, naming the offending field in every error.</summary>
internal static class TrailDocumentReader
{
    public static TrailDocument Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The trail document must be a JSON object.");
        }

        var format = String(root, "format", "document");
        if (!string.Equals(format, TrailDocument.FormatName, StringComparison.Ordinal))
        {
            throw new FormatException($"The trail document has format '{format}'; only '{TrailDocument.FormatName}' can be read.");
        }

        if (!root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("The trail document has no 'events' array.");
        }

        var read = new List<StoredEvent>(events.GetArrayLength());
        foreach (var e in events.EnumerateArray())
        {
            read.Add(Event(e, $"events[{read.Count}]"));
        }

        return new TrailDocument(String(root, "subject", "document"), Time(root, "exported_at", "document"), read);
    }

    private static StoredEvent Event(JsonElement e, string where)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{where} is not a JSON object.");
        }

        if (!e.TryGetProperty("payload", out var payload))
        {
            throw new FormatException($"{where}.payload is missing.");
        }

        if (!e.TryGetProperty("actor", out var actor) || actor.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{where}.actor is missing or not an object.");
        }

        return new StoredEvent(
            StreamId: String(e, "stream_id", where),
            Version: Integer(e, "version", where),
            Position: Integer(e, "position", where),
            Type: String(e, "type", where),
            // The exact source text of the value, not a re-serialisation: this is what was hashed.
            Payload: payload.GetRawText(),
            Actor: new Actor(String(actor, "user", where + ".actor"), String(actor, "role", where + ".actor"), OptionalString(actor, "agency", where + ".actor")),
            At: Time(e, "at", where),
            CorrelationId: OptionalString(e, "correlation_id", where),
            PreviousHash: String(e, "prev_hash", where),
            Hash: String(e, "hash", where));
    }

    private static string String(JsonElement parent, string name, string where) =>
        OptionalString(parent, name, where) ?? throw new FormatException($"{where}.{name} is missing.");

    private static string? OptionalString(JsonElement parent, string name, string where)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FormatException($"{where}.{name} must be a string.");
    }

    private static long Integer(JsonElement parent, string name, string where) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : throw new FormatException($"{where}.{name} is missing or not an integer.");

    private static DateTimeOffset Time(JsonElement parent, string name, string where)
    {
        var text = String(parent, name, where);
        try
        {
            return TrailTime.Parse(text);
        }
        catch (FormatException error)
        {
            throw new FormatException($"{where}.{name}: {error.Message}", error);
        }
    }
}
