namespace Supervision.Engine.Agencies.Import;

/// <summary>What is wrong at one line of a registry file (line 1 is the header), in Chinese and in English.</summary>
/// <param name="Code">A stable code: <c>row.bad</c>, <c>row.duplicate_id</c>, <c>row.unknown_parent</c>, <c>row.cycle</c>, <c>row.too_deep</c>.</param>
public sealed record RegistryProblem(int Line, string Code, string? Id, string MessageZh, string Message);
