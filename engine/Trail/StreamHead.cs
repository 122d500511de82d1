namespace Supervision.Engine.Trail;

/// <summary>A stream's newest version and that event's hash.</summary>
public sealed record StreamHead(string StreamId, long Version, string Hash);
