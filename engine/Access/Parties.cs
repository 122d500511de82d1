using Supervision.Engine.Errors;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Access;

/// <summary>
/// Which side of an assignment a user is on: a user of the assigned agency, or a coordinator of the office. The cycle
/// says which side makes each move (<see cref="AssignmentCycle.PartyOf"/>); this says which side a user is.
/// </summary>
public static class Parties
{
    /// <summary>
    /// The moves a sub-assignment's reviewer (the agency of the assignment above it) makes for the office on it: it reviews
    /// reports and completions and settles disputes; handing the work over, withdrawing and waiving stay the office's.
    /// </summary>
    public static readonly IReadOnlySet<CycleTrigger> ReviewerMoves = new HashSet<CycleTrigger>
    {
        CycleTrigger.AcceptReport, CycleTrigger.ReturnReport, CycleTrigger.ApproveCompletion, CycleTrigger.ReturnCompletion,
        CycleTrigger.RejectDispute, CycleTrigger.UpholdDisputeWithdraw,
    };

    /// <summary>
    /// The side <paramref name="actor"/> takes on an assignment of <paramref name="agencyId"/>, or null when they take none.
    /// A user of <paramref name="reviewer"/> (a sub-assignment's parent agency) takes the office's side, for <see cref="ReviewerMoves"/>.
    /// </summary>
    public static CycleParty? Of(Actor actor, string agencyId, string? reviewer = null) => actor switch
    {
        { Role: Roles.Coordinator } => CycleParty.Office,
        { Role: Roles.Agency } when actor.AgencyId == agencyId => CycleParty.Agency,
        { Role: Roles.Agency } when reviewer is not null && actor.AgencyId == reviewer => CycleParty.Office,
        _ => null,
    };

    /// <summary>Whether <paramref name="actor"/> may make <paramref name="trigger"/> on an assignment of <paramref name="agencyId"/> reviewed by <paramref name="reviewer"/>.</summary>
    public static bool May(Actor actor, string agencyId, string? reviewer, CycleTrigger trigger) =>
        AssignmentCycle.PartyOf(trigger) == CycleParty.Agency
            ? actor.Role == Roles.Agency && actor.AgencyId == agencyId
            : actor.Role == Roles.Coordinator || (IsReviewer(actor, reviewer) && ReviewerMoves.Contains(trigger));

    /// <summary>Whether <paramref name="actor"/> is a user of a sub-assignment's reviewing agency.</summary>
    public static bool IsReviewer(Actor actor, string? reviewer) => reviewer is not null && actor.Role == Roles.Agency && actor.AgencyId == reviewer;

    /// <summary>Refuses anyone who takes no side on the assignment: admins, inspectors, other agencies.</summary>
    public static void RequireAny(Actor actor, string agencyId, string? reviewer = null)
    {
        if (Of(actor, agencyId, reviewer) is null)
        {
            throw SupervisionException.Forbidden(actor.Role == Roles.Agency
                ? "Only a user of the assigned agency, or a coordinator, may act on this assignment."
                : $"Only a user of the assigned agency, or a coordinator, may act on this assignment; you are signed in as {actor.Role}.");
        }
    }

    /// <summary>Refuses <paramref name="trigger"/> unless <paramref name="actor"/> is on the side that makes it.</summary>
    public static void Require(Actor actor, string agencyId, CycleTrigger trigger, string? reviewer = null)
    {
        if (May(actor, agencyId, reviewer, trigger))
        {
            return;
        }

        if (AssignmentCycle.PartyOf(trigger) == CycleParty.Agency)
        {
            Access.RequireAgency(actor, agencyId, Doing(trigger));
        }
        else
        {
            Access.RequireCoordinator(actor, Doing(trigger));
        }
    }

    private static string Doing(CycleTrigger trigger) => trigger switch
    {
        CycleTrigger.Acknowledge => "acknowledge this assignment",
        CycleTrigger.Dispute => "dispute this assignment",
        CycleTrigger.SubmitReport => "report on this assignment",
        CycleTrigger.Contribute => "contribute to this item",
        CycleTrigger.SubmitCompletion => "submit completion",
        CycleTrigger.AcceptReport or CycleTrigger.ReturnReport => "review reports",
        CycleTrigger.ApproveCompletion or CycleTrigger.ReturnCompletion => "review completions",
        CycleTrigger.Waive => "waive contributions",
        CycleTrigger.Withdraw => "withdraw assignments",
        _ => "settle disputes",
    };
}
