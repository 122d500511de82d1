namespace Supervision.Engine.Reactions;

/// <summary>A reaction as an admin sees it: what it is for, what caused it, how it went.</summary>
public sealed record ReactionRecord(
    string Id,
    string Kind,
    string Target,
    string CausedBy,
    long CausedByVersion,
    DateTimeOffset CausedAt,
    ReactionState State,
    int Attempts,
    DateTimeOffset DueAt,
    string? LastError,
    DateTimeOffset? DoneAt);
