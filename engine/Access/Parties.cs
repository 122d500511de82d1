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
    /// <summary>The side <paramref name="actor"/> takes on an assignment of <paramref name="agencyId"/>, or null when they take none.</summary>
    public static CycleParty? Of(Actor actor, string agencyId) => actor switch
    {
        { Role: Roles.Coordinator } => CycleParty.Office,
        { Role: Roles.Agency } when actor.AgencyId == agencyId => CycleParty.Agency,
        _ => null,
    };

    /// <summary>Refuses anyone who takes no side on the assignment: admins, inspectors, other agencies.</summary>
    public static void RequireAny(Actor actor, string agencyId)
    {
        if (Of(actor, agencyId) is null)
        {
            throw SupervisionException.Forbidden(actor.Role == Roles.Agency
                ? "Only a user of the assigned agency, or a coordinator, may act on this assignment."
                : $"Only a user of the assigned agency, or a coordinator, may act on this assignment; you are signed in as {actor.Role}.");
        }
    }

    /// <summary>Refuses <paramref name="trigger"/> unless <paramref name="actor"/> is on the side that makes it.</summary>
    public static void Require(Actor actor, string agencyId, CycleTrigger trigger)
    {
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
