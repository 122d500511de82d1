namespace Supervision.Engine.Targets;

/// <summary>An event of the trail a figure rests on: its stream, version and global position (as the trail API shows them).</summary>
[GenerateSerializer, Immutable]
public sealed record EventRef(string StreamId, long Version, long Position);
