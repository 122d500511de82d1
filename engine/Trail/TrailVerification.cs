namespace Supervision.Engine.Trail;

/// <summary>The outcome of checking a trail: intact, or the first event at which it was altered.</summary>
public sealed record TrailVerification(bool Intact, int EventCount, int StreamCount, TrailFault? FirstFault);
