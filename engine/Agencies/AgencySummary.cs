namespace Supervision.Engine.Agencies;

/// <summary>An agency in a list; the liaison's name is null for readers not entitled to the agency's contacts.</summary>
public sealed record AgencySummary(string Id, string Name, string Kind, bool IsGroup, IReadOnlyList<string> Aliases, string? LiaisonName, string? ParentId = null);
