namespace Supervision.Workflows.Cycle;

/// <summary>
/// Builds the English sentence of a refusal. Kept apart from the labels because a reason reads
/// as a sentence ("Cannot submit a report: …"), not as a button caption.
/// </summary>
internal static class CycleReasons
{
    public static string For(string code, CycleTrigger trigger, AssignmentStatus status)
    {
        var move = $"Cannot {Verb(trigger)}";
        return code switch
        {
            CycleCodes.Terminal => $"{move}: {Situation(status)}, and it is closed.",
            CycleCodes.NotLead => $"{move}: only the lead agency does this, and this assignment is a cooperating one.",
            CycleCodes.NotCooperating => $"{move}: only a cooperating agency does this, and this assignment is the lead one.",
            CycleCodes.CooperatorsPending => $"{move}: not every cooperating agency has contributed or been waived yet.",
            CycleCodes.NoPendingReport => $"{move}: there is no progress report waiting for review.",
            _ => $"{move}: {Situation(status)}.",
        };
    }

    private static string Verb(CycleTrigger trigger) => trigger switch
    {
        CycleTrigger.Acknowledge => "acknowledge",
        CycleTrigger.Dispute => "dispute",
        CycleTrigger.RejectDispute => "reject the dispute",
        CycleTrigger.UpholdDisputeWithdraw => "uphold the dispute and withdraw",
        CycleTrigger.UpholdDisputeReassign => "uphold the dispute and reassign",
        CycleTrigger.SubmitReport => "submit a report",
        CycleTrigger.AcceptReport => "accept the report",
        CycleTrigger.ReturnReport => "return the report",
        CycleTrigger.Contribute => "contribute",
        CycleTrigger.Waive => "waive",
        CycleTrigger.SubmitCompletion => "submit completion",
        CycleTrigger.ApproveCompletion => "approve completion",
        CycleTrigger.ReturnCompletion => "return completion",
        CycleTrigger.Withdraw => "withdraw",
        _ => trigger.ToString(),
    };

    private static string Situation(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Dispatched => "the assignment has not been acknowledged yet",
        AssignmentStatus.Disputed => "the assignment is disputed and waits for the coordinator's decision",
        AssignmentStatus.InProgress => "the assignment is already in progress",
        AssignmentStatus.UnderReview => "the assignment's completion is under review",
        AssignmentStatus.Rework => "the assignment's completion was returned for rework",
        AssignmentStatus.Completed => "the assignment is already completed",
        AssignmentStatus.Contributed => "the assignment's contribution is already submitted",
        AssignmentStatus.Waived => "the assignment was waived",
        AssignmentStatus.Withdrawn => "the assignment was withdrawn",
        AssignmentStatus.Reassigned => "the assignment was reassigned to another agency",
        _ => $"the assignment is {status}",
    };
}
