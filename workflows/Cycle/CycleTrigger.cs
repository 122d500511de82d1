namespace Supervision.Workflows.Cycle;

/// <summary>Every move the cycle knows. Who may fire each is checked by the engine; whether it may fire now, by the machine.</summary>
public enum CycleTrigger
{
    Acknowledge,
    Dispute,
    RejectDispute,
    UpholdDisputeWithdraw,
    UpholdDisputeReassign,
    SubmitReport,
    AcceptReport,
    ReturnReport,
    Contribute,
    Waive,
    SubmitCompletion,
    ApproveCompletion,
    ReturnCompletion,
    Withdraw,
}
