namespace Supervision.Engine.Agencies;

/// <summary>An agency in a list.</summary>
public sealed record AgencySummary(string Id, string Name, string Kind, bool IsGroup, string? LiaisonName);
