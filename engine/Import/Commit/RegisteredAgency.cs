namespace Supervision.Engine.Import.Commit;

/// <summary>An agency already registered in the system, as the agencies read model holds it; members are agency ids.</summary>
public sealed record RegisteredAgency(string Id, string Name, IReadOnlyList<string> Aliases, bool IsGroup, IReadOnlyList<string> Members);
