namespace Supervision.Engine.Trail;

/// <summary>
/// An event with its version and canonical bytes computed by the caller's thread, so the single writer
/// only has to chain a SHA-256 onto the previous hash.
/// </summary>
internal sealed record PreparedEvent(NewEvent Event, long Version, DateTimeOffset At, byte[] CanonicalBytes)
{
    /// <summary>Checks an append's arguments (the same on every store) and prepares its events' hash input.</summary>
    public static PreparedEvent[] All(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, IReadOnlyList<ProjectionWrite> projections)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(projections);
        if (events.Count == 0)
        {
            throw new ArgumentException("An append needs at least one event.", nameof(events));
        }

        var prepared = new PreparedEvent[events.Count];
        for (var i = 0; i < prepared.Length; i++)
        {
            var e = events[i];
            ArgumentNullException.ThrowIfNull(e.Payload);
            var version = expectedVersion + i + 1;
            var at = e.At.ToUniversalTime();
            prepared[i] = new PreparedEvent(e, version, at, Canonical(streamId, version, e, at, i));
        }

        return prepared;
    }

    private static byte[] Canonical(string streamId, long version, NewEvent e, DateTimeOffset at, int index)
    {
        try
        {
            return TrailHash.CanonicalBytes(streamId, version, e.Type, e.Payload, e.Actor, at, e.CorrelationId);
        }
        catch (FormatException error)
        {
            throw new ArgumentException($"The payload of event {index} has no canonical JSON form: {error.Message}", nameof(e), error);
        }
    }
}
