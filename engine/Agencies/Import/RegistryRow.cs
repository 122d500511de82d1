namespace Supervision.Engine.Agencies.Import;

/// <summary>
/// One agency row of a registry file, as read. <paramref name="Aliases"/> is null when the file has no aliases column
/// (the agency's aliases are then left as they are); <paramref name="Kind"/> is used only for agencies it adds.
/// </summary>
public sealed record RegistryRow(int Line, string Id, string Name, string? ParentId, IReadOnlyList<string>? Aliases, string? Kind);
