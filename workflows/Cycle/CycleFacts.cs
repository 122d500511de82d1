namespace Supervision.Workflows.Cycle;

/// <summary>
/// What the cycle needs to know beyond the assignment's own status. The engine computes these
/// from its state before each check, so the machine itself stays free of storage and I/O.
/// </summary>
/// <param name="Role">Whether the agency leads or cooperates on the item.</param>
/// <param name="CooperatorsSettled">True when every cooperating assignment of the item has contributed, been waived or left the cycle.</param>
/// <param name="HasPendingReport">True when a progress report waits for the coordinator's review.</param>
public sealed record CycleFacts(AssignmentRole Role, bool CooperatorsSettled, bool HasPendingReport);
