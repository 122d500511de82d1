namespace Supervision.Workflows.Definition;

/// <summary>A definition with where it came from, so the catalog can locate a duplicate.</summary>
internal sealed record LoadedDefinition(WorkflowDefinition Definition, string File, int IdLine, int IdColumn);
