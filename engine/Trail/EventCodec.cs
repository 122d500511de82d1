using System.Collections.Frozen;
using System.Text.Json;

namespace Supervision.Engine.Trail;

/// <summary>
/// Turns domain events into trail rows and back. Payloads are snake_case JSON with enums as strings and
/// CJK text unescaped, so an exported trail reads as written; the output is deterministic for the same event.
/// </summary>
public static class EventCodec
{
    public static JsonSerializerOptions Json { get; } = Supervision.Engine.Json.JsonConventions.Create();

    private static readonly FrozenDictionary<string, Type> TypesByName = typeof(EventCodec).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))
        .ToFrozenDictionary(t => t.Name, t => t, StringComparer.Ordinal);

    public static NewEvent Encode(TrailEntry entry) => new(
        entry.Event.GetType().Name,
        JsonSerializer.Serialize(entry.Event, entry.Event.GetType(), Json),
        entry.Actor,
        entry.At,
        entry.CorrelationId);

    public static TrailEntry Decode(StoredEvent stored)
    {
        if (!TypesByName.TryGetValue(stored.Type, out var type))
        {
            throw new InvalidOperationException($"The trail holds an event of unknown type '{stored.Type}' at position {stored.Position}.");
        }

        var @event = (IDomainEvent?)JsonSerializer.Deserialize(stored.Payload, type, Json)
            ?? throw new InvalidOperationException($"The event at position {stored.Position} has an empty payload.");
        return new TrailEntry(@event, stored.Actor, stored.At, stored.CorrelationId);
    }
}
