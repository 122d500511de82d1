using Supervision.Engine.Assignments;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Obligations;

/// <summary>
/// The one rule for what an assignment's status owes: its kind, who owes it and when it falls due (before any extension).
/// It opens when the status is entered and closes when it is left.
/// </summary>
public static class StatusObligations
{
    public static (ObligationKind Kind, string OwedBy, DateTimeOffset? DueAt)? Of(AssignmentState state)
    {
        if (state.Opening is not { } o)
        {
            return null;
        }

        return state.Status switch
        {
            AssignmentStatus.Dispatched => (ObligationKinds.Acknowledge, o.AgencyId, o.AcknowledgeBy),
            AssignmentStatus.Disputed => (ObligationKinds.SettleDispute, Obligation.Office, null),
            AssignmentStatus.InProgress => (o.Role == AssignmentRole.Lead ? ObligationKinds.Complete : ObligationKinds.Contribute, o.AgencyId,
                o.DueBy ?? (o.Due is { } d ? FirstVersionEndOfDay(d) : null)),
            AssignmentStatus.UnderReview => (ObligationKinds.Review, Obligation.Office, state.ReviewBy),
            AssignmentStatus.Rework => (ObligationKinds.Rework, o.AgencyId, state.ReworkBy),
            _ => null,
        };
    }

    // Openings recorded before DueBy existed: their due date ended at 23:59:59 China Standard Time, as it was read then.
    private static DateTimeOffset FirstVersionEndOfDay(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(8)).ToUniversalTime();
}
