namespace Supervision.Engine.Plans;

/// <summary>An action item in a plan's list.</summary>
public sealed record ItemSummary(string Id, string Ref, string Title, string? Due, string Status);
