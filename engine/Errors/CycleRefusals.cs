using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Errors;

/// <summary>A move the cycle refused, as a 409 refusal that names the move and the state for the Chinese sentence.</summary>
public static class CycleRefusals
{
    public static SupervisionException From(CycleCheck check, CycleTrigger trigger, AssignmentStatus status)
    {
        ArgumentNullException.ThrowIfNull(check);
        return SupervisionException.Conflict(check.Code ?? "cycle.refused", check.Reason ?? $"{trigger} is not allowed now.")
            .With("trigger", trigger)
            .With("status", status);
    }
}
