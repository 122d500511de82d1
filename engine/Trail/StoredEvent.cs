namespace Supervision.Engine.Trail;

/// <summary>An event as the trail holds it: position in its stream and in the store, and its links in the hash chains.</summary>
public sealed record StoredEvent(
    string StreamId,
    long Version,
    long Position,
    string Type,
    string Payload,
    Actor Actor,
    DateTimeOffset At,
    string? CorrelationId,
    string PreviousHash,
    string Hash)
{
    /// <summary>The event's link in the chain over the whole log (<see cref="TrailHash.Log"/>); null where unknown (exports of the first format).</summary>
    public string? LogHash { get; init; }
}
