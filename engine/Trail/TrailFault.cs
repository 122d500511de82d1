namespace Supervision.Engine.Trail;

/// <summary>Where a trail stops being trustworthy and why, in a sentence meant for an inspector.</summary>
public sealed record TrailFault(long Position, string StreamId, long Version, string Reason);
