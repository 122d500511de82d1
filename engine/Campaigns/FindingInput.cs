namespace Supervision.Engine.Campaigns;

/// <summary>A finding as a coordinator records it.</summary>
/// <param name="Severity">general, serious or critical.</param>
/// <param name="Text">What was found; evidence files are attachment lines in it.</param>
/// <param name="Due">The day its rectification is due.</param>
[GenerateSerializer, Immutable]
public sealed record FindingInput(string Severity, string Text, DateOnly Due);
