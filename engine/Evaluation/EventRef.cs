using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation;

/// <summary>
/// The event a figure, a point or an issue rests on: its stream and version (its address in the trail), its global
/// position, type and time. The one reference to an event that evaluations, plan progress and major issues share.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record EventRef(string StreamId, long Version, long Position, string Type, DateTimeOffset At)
{
    public static EventRef Of(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(stored.StreamId, stored.Version, stored.Position, stored.Type, stored.At);
    }
}
