using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments;

/// <summary>What an inbox shows: optionally one state, things due before a time, or only overdue ones.</summary>
public sealed record InboxFilter(AssignmentStatus? Status, DateTimeOffset? DueBefore, bool OverdueOnly);
