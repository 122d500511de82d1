using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments;

/// <summary>What an inbox shows: optionally one state, things due before a time, only overdue ones, or one colour; one page of it.</summary>
public sealed record InboxFilter(AssignmentStatus? Status, DateTimeOffset? DueBefore, bool OverdueOnly, int Limit = Access.Limits.InboxDefaultPage, int Offset = 0, string? Rag = null);
