namespace Supervision.Workflows.Cycle;

/// <summary>Every move the cycle knows. Who may fire each is checked by the engine; whether it may fire now, by the machine.</summary>
public enum CycleTrigger
{
    /// <summary>The agency acknowledges (签收) and names a responsible person.</summary>
    Acknowledge,
    /// <summary>The agency says the assignment is not theirs.</summary>
    Dispute,
    /// <summary>The coordinator rejects the dispute; the assignment is dispatched again.</summary>
    RejectDispute,
    /// <summary>The coordinator upholds the dispute and withdraws the assignment.</summary>
    UpholdDisputeWithdraw,
    /// <summary>The coordinator upholds the dispute and hands the work to another agency.</summary>
    UpholdDisputeReassign,
    /// <summary>The agency submits a progress report for the current period.</summary>
    SubmitReport,
    /// <summary>The coordinator accepts the pending progress report.</summary>
    AcceptReport,
    /// <summary>The coordinator returns the pending progress report for revision.</summary>
    ReturnReport,
    /// <summary>A cooperating agency submits its contribution, which ends its part.</summary>
    Contribute,
    /// <summary>The coordinator no longer expects a cooperating agency's contribution.</summary>
    Waive,
    /// <summary>The lead agency submits completion with evidence, once cooperators are settled.</summary>
    SubmitCompletion,
    /// <summary>The coordinator approves the completion.</summary>
    ApproveCompletion,
    /// <summary>The coordinator returns the completion with a reason; rework starts.</summary>
    ReturnCompletion,
    /// <summary>The coordinator takes the assignment back.</summary>
    Withdraw,
}
