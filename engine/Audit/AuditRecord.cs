namespace Supervision.Engine.Audit;

/// <summary>One line of the audit list: when, what kind, which user, from which address, about what, by whom.</summary>
public sealed record AuditRecord(DateTimeOffset At, string Kind, string? User, string? Address, string? Subject, string ActorId);
