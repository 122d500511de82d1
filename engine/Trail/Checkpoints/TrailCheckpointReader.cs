using System.Text.Json;

namespace Supervision.Engine.Trail.Checkpoints;

/// <summary>Reads a <see cref="TrailCheckpoint"/>, naming the offending field in every error.</summary>
internal static class TrailCheckpointReader
{
    public static TrailCheckpoint Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            throw new FormatException($"The checkpoint is not valid JSON: {error.Message}", error);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    public static TrailCheckpoint Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || String(root, "format", "checkpoint") != TrailCheckpoint.FormatName)
        {
            throw new FormatException($"This is not a checkpoint: it must be a JSON object with format '{TrailCheckpoint.FormatName}'.");
        }

        var log = Object(root, "log", "checkpoint");
        var key = Object(root, "key", "checkpoint");
        if (!root.TryGetProperty("streams", out var streams) || streams.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("checkpoint.streams is missing or not an array.");
        }

        var heads = new List<StreamHead>(streams.GetArrayLength());
        foreach (var head in streams.EnumerateArray())
        {
            var where = $"checkpoint.streams[{heads.Count}]";
            if (head.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{where} is not an object.");
            }

            heads.Add(new StreamHead(String(head, "stream_id", where), Integer(head, "version", where), String(head, "hash", where)));
        }

        DateTimeOffset at;
        try
        {
            at = TrailTime.Parse(String(root, "at", "checkpoint"));
        }
        catch (FormatException error)
        {
            throw new FormatException($"checkpoint.at: {error.Message}", error);
        }

        var publicKey = String(key, "public_key", "checkpoint.key");
        string fingerprint;
        try
        {
            fingerprint = TrailCheckpoint.FingerprintOf(publicKey);
        }
        catch (FormatException error)
        {
            throw new FormatException($"checkpoint.key.public_key is not base64: {error.Message}", error);
        }

        if (!string.Equals(String(key, "fingerprint", "checkpoint.key"), fingerprint, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("checkpoint.key.fingerprint is not the fingerprint of checkpoint.key.public_key.");
        }

        return new TrailCheckpoint(
            at,
            new TrailHeads(Integer(log, "position", "checkpoint.log"), String(log, "log_hash", "checkpoint.log"), heads),
            publicKey,
            String(root, "signature", "checkpoint"));
    }

    private static JsonElement Object(JsonElement parent, string name, string where) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw new FormatException($"{where}.{name} is missing or not an object.");

    private static string String(JsonElement parent, string name, string where) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"{where}.{name} is missing or not a string.");

    private static long Integer(JsonElement parent, string name, string where) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : throw new FormatException($"{where}.{name} is missing or not an integer.");
}
