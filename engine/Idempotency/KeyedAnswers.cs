using System.Collections.Concurrent;
using System.Text.Json;

namespace Supervision.Engine.Idempotency;

/// <summary>
/// Serialises a keyed command's answer as the HTTP API does (the API's own JSON options), and hands the host back the
/// answer a grain of this process stored, so the host knows no write of its own is needed. Registered by the host;
/// without it grains store no answers.
/// </summary>
public sealed class KeyedAnswers(JsonSerializerOptions json)
{
    /// <summary>What the API answers a JSON body with; a stored answer says the same.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    // Answers stored by grains of this process, until the request that sent the call takes them (always, in its finally).
    private readonly ConcurrentDictionary<string, string> _stored = new(StringComparer.Ordinal);

    /// <summary>Tells this process's calls from another node's: only its own are handed back here.</summary>
    public string Process { get; } = Guid.NewGuid().ToString("n");

    public string Body(object answer) => JsonSerializer.Serialize(answer, answer.GetType(), json);

    /// <summary>Called once the events and the answer are committed.</summary>
    public void Stored(KeyedCall call, string body)
    {
        if (call.Process == Process)
        {
            _stored[call.CorrelationId] = body;
        }
    }

    public string? Take(KeyedCall call) => _stored.TryRemove(call.CorrelationId, out var body) ? body : null;
}
