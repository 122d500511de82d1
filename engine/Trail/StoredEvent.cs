namespace Supervision.Engine.Trail;

/// <summary>An event as the trail holds it: position in its stream and in the store, and its link in the hash chain.</summary>
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
    string Hash);
