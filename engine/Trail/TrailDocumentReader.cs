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
        var legacy = string.Equals(format, TrailDocument.LegacyFormatName, StringComparison.Ordinal);
        if (!legacy && !string.Equals(format, TrailDocument.FormatName, StringComparison.Ordinal))
        {
            throw new FormatException($"The trail document has format '{format}'; only '{TrailDocument.FormatName}' and '{TrailDocument.LegacyFormatName}' can be read.");
        }

        if (!root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("The trail document has no 'events' array.");
        }

        if (events.GetArrayLength() == 0)
        {
            throw new FormatException("The trail document has no events: an export with no events is not a trail.");
        }

        var read = new List<StoredEvent>(events.GetArrayLength());
        foreach (var e in events.EnumerateArray())
        {
            var where = $"events[{read.Count}]";
            var stored = Event(e, where);
            read.Add(legacy ? stored : stored with { LogHash = String(e, "log_hash", where) });
        }

        return new TrailDocument(String(root, "subject", "document"), Time(root, "exported_at", "document"), read)
        {
            Scope = legacy ? null : Scope(root),
            IsLegacy = legacy,
        };
    }

    private static TrailScope Scope(JsonElement root)
    {
        if (!root.TryGetProperty("scope", out var scope) || scope.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("document.scope is missing or not an object.");
        }

        return String(scope, "kind", "document.scope") switch
        {
            "log" => TrailScope.WholeLog,
            "item" => TrailScope.Item(String(scope, "item_id", "document.scope"), OptionalString(scope, "agency_id", "document.scope"), Below(scope)),
            var other => throw new FormatException($"document.scope.kind is '{other}'; it must be 'log' or 'item'."),
        };
    }

    // The agencies below an agency's export (sub-assignments it may read); absent in older files.
    private static List<string>? Below(JsonElement scope) =>
        !scope.TryGetProperty("below", out var below) || below.ValueKind == JsonValueKind.Null ? null
        : below.ValueKind != JsonValueKind.Array ? throw new FormatException("document.scope.below is not an array.")
        : [.. below.EnumerateArray().Select((b, i) => b.ValueKind == JsonValueKind.String ? b.GetString()! : throw new FormatException($"document.scope.below[{i}] is not a string."))];

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
            // The source text of the value: the first format hashed it exactly, the current one canonicalises it.
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
