using System.Text.Json;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Reactions;

/// <summary>
/// A consequence of an event, declared by the grain that records the event and written as a row in the event's own
/// transaction: an event without its reactions, or a reaction without its event, is never on disk.
/// </summary>
/// <param name="Kind">Which handler carries it out, e.g. <c>item.assignment_closed</c>.</param>
/// <param name="Target">The grain or thing it is about, e.g. the item id.</param>
/// <param name="Payload">What the handler needs, as JSON.</param>
/// <param name="Settle">True when the recording grain carries it out at once, before answering, so the caller reads
/// its consequences (the dispatcher still retries it if that fails); false when it is left to the dispatcher (mail).</param>
[GenerateSerializer, Immutable]
public sealed record Reaction(string Kind, string Target, string Payload, bool Settle = true)
{
    /// <summary>Declares a reaction whose payload is <paramref name="payload"/> serialized like the trail's events.</summary>
    public static Reaction Of<T>(string kind, string target, T payload, bool settle = true) =>
        new(kind, target, JsonSerializer.Serialize(payload, EventCodec.Json), settle);
}
