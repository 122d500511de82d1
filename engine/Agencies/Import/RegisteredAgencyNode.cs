namespace Supervision.Engine.Agencies.Import;

/// <summary>An agency as registered, as far as a registry import compares it.</summary>
public sealed record RegisteredAgencyNode(string Id, string Name, string? ParentId, IReadOnlyList<string> Aliases);
