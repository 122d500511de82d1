using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Reactions;

/// <summary>A reaction as its handler receives it: what to do, and the event that caused it.</summary>
[GenerateSerializer, Immutable]
public sealed record PendingReaction(
    string StreamId, long Version, string Kind, string Target, string Payload, Actor Actor, DateTimeOffset CausedAt, int Attempts, bool Settle)
{
    /// <summary>A stable short id, derived from the causing event and the reaction, used by the API and the CLI.</summary>
    public string Id => IdFor(StreamId, Version, Kind, Target);

    /// <summary>
    /// The correlation id a handler passes to the grain it calls: the same on every attempt, so a grain that already
    /// applied it answers as before instead of acting twice.
    /// </summary>
    public string CorrelationId => $"rx:{StreamId}:{Version}:{Kind}";

    public T Read<T>() => JsonSerializer.Deserialize<T>(Payload, EventCodec.Json)
        ?? throw new InvalidOperationException($"Reaction {Id} ({Kind}) has an empty payload.");

    public static PendingReaction Caused(string streamId, long version, TrailEntry cause, Reaction reaction) => new(
        streamId, version, reaction.Kind, reaction.Target, reaction.Payload, cause.Actor, cause.At, 0, reaction.Settle);

    public static string IdFor(string streamId, long version, string kind, string target)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{streamId}\n{version}\n{kind}\n{target}"));
        return "rx-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
