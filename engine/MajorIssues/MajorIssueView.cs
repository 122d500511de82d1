using Supervision.Engine.Evaluation;

namespace Supervision.Engine.MajorIssues;

/// <summary>A major issue as lists show it: where it was raised, by whom, what it needs, and how it was closed.</summary>
/// <param name="Event">The event that raised it, when read from the trail (as-of views).</param>
public sealed record MajorIssueView(
    string AssignmentId,
    int Number,
    string PlanId,
    string ItemId,
    string ItemRef,
    string ItemTitle,
    string AgencyId,
    string Severity,
    string Summary,
    string Needs,
    DateTimeOffset RaisedAt,
    string RaisedBy,
    string? Outcome,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    EventRef? Event = null)
{
    public bool Open => ClosedAt is null;
}
