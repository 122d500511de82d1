using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Parts;

namespace Supervision.Engine.Obligations;

/// <summary>
/// Something an assignment owes, by whom and by when: acknowledge, contribute or complete (the agency), settle a dispute
/// or review a completion (the office), rework (the agency), and a report for each period of the cadence. It follows
/// from the assignment's state alone, so the table of obligations is kept from the events with no second set of rules.
/// </summary>
/// <param name="Kind">The name of its <see cref="ObligationKind"/> (<see cref="ObligationKinds"/> lists them all).</param>
/// <param name="OwedBy">The agency id, or <c>office</c>.</param>
/// <param name="DueAt">When it falls due; null when nothing sets a window (an item without a due date).</param>
/// <param name="Key">Names it among the assignment's open obligations: the kind, or <c>report:2022-10</c> for a period.</param>
/// <param name="OpenedAt">Since when it is owed; lateness is never counted from before it.</param>
/// <param name="Period">The report period, for a report (<c>2022-10</c>); the interview and commitment numbers for a commitment (<c>1.2</c>).</param>
[GenerateSerializer, Immutable]
public sealed record Obligation(string Kind, string OwedBy, DateTimeOffset? DueAt, string Key, DateTimeOffset OpenedAt, string? Period = null)
{
    public const string Office = "office";

    /// <summary>The obligation the assignment's status makes open, or null when nothing is owed (a closed assignment).</summary>
    public static Obligation? Of(AssignmentState state)
    {
        var since = state.StatusSinceAt ?? state.LastChangedAt ?? DateTimeOffset.MinValue;
        return StatusObligations.Of(state) is { } owed ? owed.Kind.Owed(owed.OwedBy, state.DueAt, since) : null;
    }

    /// <summary>
    /// Every obligation open in <paramref name="state"/>: the status's own, then each unreported period's report, then
    /// what each part of the assignment owes (rectification commitments, then campaign findings not yet rectified).
    /// </summary>
    public static IReadOnlyList<Obligation> AllOf(AssignmentState state) =>
        [.. Of(state) is { } owed ? [owed] : Array.Empty<Obligation>(), .. state.OwedReports, .. AssignmentParts.All.SelectMany(p => p.Owed(state))];
}
