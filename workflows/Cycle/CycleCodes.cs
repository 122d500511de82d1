namespace Supervision.Workflows.Cycle;

/// <summary>The stable refusal codes of the cycle; APIs return them, clients may switch on them.</summary>
public static class CycleCodes
{
    /// <summary>The move exists, but not from the current state.</summary>
    public const string NotAllowedInState = "cycle.not_allowed_in_state";

    /// <summary>The assignment has left the cycle; nothing more can happen to it.</summary>
    public const string Terminal = "cycle.terminal";

    /// <summary>Completion waits until every cooperating agency has contributed or been waived.</summary>
    public const string CooperatorsPending = "cycle.cooperators_pending";

    /// <summary>Only the lead agency may do this.</summary>
    public const string NotLead = "cycle.not_lead";

    /// <summary>Only a cooperating agency may do this.</summary>
    public const string NotCooperating = "cycle.not_cooperating";

    /// <summary>There is no progress report waiting for review.</summary>
    public const string NoPendingReport = "cycle.no_pending_report";
}
