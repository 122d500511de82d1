using Supervision.Workflows.Cycle;

namespace Supervision.Workflows.Tests.Cycle;

/// <summary>Holds a status the way a grain would, so tests see exactly what the cycle writes.</summary>
internal sealed class CycleHarness
{
    public CycleHarness(AssignmentStatus status, CycleFacts facts)
    {
        Status = status;
        Cycle = new AssignmentCycle(() => Status, s => Status = s, facts);
    }

    public AssignmentStatus Status { get; private set; }

    public AssignmentCycle Cycle { get; }

    public static CycleHarness Lead(AssignmentStatus status, bool cooperatorsSettled = true, bool hasPendingReport = false) =>
        new(status, new CycleFacts(AssignmentRole.Lead, cooperatorsSettled, hasPendingReport));

    public static CycleHarness Cooperating(AssignmentStatus status, bool hasPendingReport = false) =>
        new(status, new CycleFacts(AssignmentRole.Cooperating, CooperatorsSettled: true, hasPendingReport));
}
