using Supervision.Engine.Deadlines;
using Supervision.Engine.Rounds;
using Supervision.Engine.Rounds.Events;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Assignments;

/// <summary>Dispatch rounds: a round's report period becomes one more report obligation of each open assignment.</summary>
public sealed partial class AssignmentGrain : IAssignmentRoundPeriods
{
    public async Task<bool> OpenRoundPeriodAsync(int round, ReportPeriod period, Actor actor, string? correlationId)
    {
        if (actor.Role != Access.Roles.System)
        {
            RequireCoordinator(actor, "open a report period");
        }

        if (State.HasApplied(correlationId) || !RoundsPart.Opens(State, round, period))
        {
            return false;
        }

        await RecordAsync(new ReportPeriodOpened(round, period), actor, correlationId);
        return true;
    }
}
