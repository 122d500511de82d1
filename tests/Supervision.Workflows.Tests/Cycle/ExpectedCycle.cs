using Supervision.Workflows.Cycle;
using static Supervision.Workflows.Cycle.AssignmentStatus;
using static Supervision.Workflows.Cycle.CycleTrigger;

namespace Supervision.Workflows.Tests.Cycle;

/// <summary>
/// The transition table written out independently of the production rules, straight from the
/// specification, so a slip in either shows up as a failing case.
/// </summary>
internal static class ExpectedCycle
{
    /// <summary>The target status when allowed (the same status for internal moves), or the refusal code.</summary>
    public static (AssignmentStatus? Target, string? Code) Outcome(AssignmentStatus status, CycleTrigger trigger, CycleFacts facts)
    {
        var lead = facts.Role == AssignmentRole.Lead;
        (AssignmentStatus?, string?) Go(AssignmentStatus target) => (target, null);
        (AssignmentStatus?, string?) No(string code) => (null, code);
        (AssignmentStatus?, string?) IfPending(AssignmentStatus target) => facts.HasPendingReport ? Go(target) : No(CycleCodes.NoPendingReport);
        (AssignmentStatus?, string?) IfCooperating(AssignmentStatus target) => lead ? No(CycleCodes.NotCooperating) : Go(target);
        (AssignmentStatus?, string?) Completion() =>
            !lead ? No(CycleCodes.NotLead) : facts.CooperatorsSettled ? Go(UnderReview) : No(CycleCodes.CooperatorsPending);

        return (status, trigger) switch
        {
            (Completed or Contributed or Waived or Withdrawn or Reassigned, _) => No(CycleCodes.Terminal),
            (_, Withdraw) => Go(Withdrawn),
            (Dispatched, Acknowledge) => Go(InProgress),
            (Dispatched, Dispute) => Go(Disputed),
            (Dispatched, Waive) => IfCooperating(Waived),
            (Disputed, RejectDispute) => Go(Dispatched),
            (Disputed, UpholdDisputeWithdraw) => Go(Withdrawn),
            (Disputed, UpholdDisputeReassign) => Go(Reassigned),
            (InProgress or Rework, SubmitReport) => Go(status),
            (InProgress or UnderReview or Rework, AcceptReport or ReturnReport) => IfPending(status),
            (InProgress, Contribute) => IfCooperating(Contributed),
            (InProgress, Waive) => IfCooperating(Waived),
            (InProgress or Rework, SubmitCompletion) => Completion(),
            (UnderReview, ApproveCompletion) => Go(Completed),
            (UnderReview, ReturnCompletion) => Go(Rework),
            _ => No(CycleCodes.NotAllowedInState),
        };
    }
}
