namespace Supervision.Engine.Assignments;

/// <summary>How a coordinator settles a dispute: the assignment stands, is withdrawn, or goes to another agency.</summary>
public enum DisputeOutcome
{
    Reject,
    Withdraw,
    Reassign,
}
