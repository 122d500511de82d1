using Supervision.Engine.Assignments;
using Supervision.Engine.Evaluation;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;

namespace Supervision.Engine.Targets;

/// <summary>
/// A plan as its trail stood at <see cref="AsOf"/>: the plan, its items and assignments rebuilt from their events up to
/// that instant, the indicator values reported by then (oldest first), and where each assignment's major issues were
/// recorded.
/// </summary>
public sealed record PlanSnapshot(
    string PlanId,
    DateTimeOffset AsOf,
    PlanState Plan,
    IReadOnlyDictionary<string, ItemState> Items,
    IReadOnlyDictionary<string, AssignmentState> Assignments,
    IReadOnlyList<ReportedValue> Values,
    IReadOnlyDictionary<string, EventRef> IssueEvents)
{
    /// <summary>The span the plan's targets are for: as stated, else the calendar year of its issue date or creation.</summary>
    public PlanPeriod Period => Plan.Period
        ?? PlanPeriod.YearOf(Plan.Issued ?? DateOnly.FromDateTime((Plan.CreatedAt ?? AsOf).UtcDateTime));
}
