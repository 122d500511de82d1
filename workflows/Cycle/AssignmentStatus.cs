namespace Supervision.Workflows.Cycle;

/// <summary>Where one assignment (one action item × one agency) stands in the supervision cycle.</summary>
public enum AssignmentStatus
{
    /// <summary>Sent to the agency, waiting for it to acknowledge (签收) or dispute.</summary>
    Dispatched,
    /// <summary>The agency says the assignment is not theirs; the coordinator must decide.</summary>
    Disputed,
    /// <summary>Acknowledged; the agency works, reports and (if lead) submits completion.</summary>
    InProgress,
    /// <summary>A lead's completion waits for the coordinator's review.</summary>
    UnderReview,
    /// <summary>A completion was returned with a reason; the agency reworks and resubmits.</summary>
    Rework,
    /// <summary>Lead assignment: completion approved.</summary>
    Completed,
    /// <summary>Cooperating assignment: contribution submitted.</summary>
    Contributed,
    /// <summary>Cooperating assignment: the coordinator no longer expects a contribution.</summary>
    Waived,
    /// <summary>Taken back by the coordinator (directly or by upholding a dispute).</summary>
    Withdrawn,
    /// <summary>Dispute upheld and the work handed to another agency.</summary>
    Reassigned,
}
