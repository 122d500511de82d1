namespace Supervision.Engine.Deadlines;

/// <summary>What one firing did: obligations looked at, ladder steps recorded, grains that failed, and the next firing.</summary>
public sealed record SweepResult(int Obligations, int Steps, int Failed, DateTimeOffset? Next);
