namespace Supervision.Engine.Evaluation;

/// <summary>The event behind a point: its stream and version (its address in the trail), its global position, type and time.</summary>
[GenerateSerializer, Immutable]
public sealed record EventRef(string StreamId, long Version, long Position, string Type, DateTimeOffset At);
