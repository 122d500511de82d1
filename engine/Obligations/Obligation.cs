using Supervision.Engine.Assignments;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Obligations;

/// <summary>
/// What an assignment owes right now, by whom and by when: acknowledge, contribute or complete (the agency), settle
/// a dispute or review a completion (the office), rework (the agency). It follows from the assignment's status alone,
/// so the table of obligations can be kept from the events with no second set of rules.
/// </summary>
/// <param name="Kind">acknowledge, settle_dispute, contribute, complete, review, rework.</param>
/// <param name="OwedBy">The agency id, or <c>office</c>.</param>
/// <param name="DueAt">When it falls due; null when the definition sets no window.</param>
public sealed record Obligation(string Kind, string OwedBy, DateTimeOffset? DueAt)
{
    public const string Office = "office";

    /// <summary>The obligation open in <paramref name="state"/>, or null when nothing is owed (a closed assignment).</summary>
    public static Obligation? Of(AssignmentState state)
    {
        if (state.Opening is not { } o)
        {
            return null;
        }

        return state.Status switch
        {
            AssignmentStatus.Dispatched => new("acknowledge", o.AgencyId, state.DueAt),
            AssignmentStatus.Disputed => new("settle_dispute", Office, state.DueAt),
            AssignmentStatus.InProgress => new(o.Role == AssignmentRole.Lead ? "complete" : "contribute", o.AgencyId, state.DueAt),
            AssignmentStatus.UnderReview => new("review", Office, state.DueAt),
            AssignmentStatus.Rework => new("rework", o.AgencyId, state.DueAt),
            _ => null,
        };
    }
}
