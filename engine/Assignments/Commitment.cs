namespace Supervision.Engine.Assignments;

/// <summary>A rectification commitment (整改承诺) made at an interview: what the agency will put right, and by when.</summary>
/// <param name="Number">1-based within its interview.</param>
/// <param name="Text">What is promised.</param>
/// <param name="Due">The date, in the office's zone.</param>
/// <param name="DueAt">When that date ends (the definition's cut-off), in UTC.</param>
[GenerateSerializer, Immutable]
public sealed record Commitment(int Number, string Text, DateOnly Due, DateTimeOffset DueAt);
