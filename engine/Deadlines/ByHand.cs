using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Errors;
using Supervision.Engine.Obligations;
using Supervision.Workflows.Definition;

namespace Supervision.Engine.Deadlines;

/// <summary>
/// A coordinator climbs the ladder by hand, with a reason: to the next rung of what the assignment owes now, or to a
/// named higher step. The clock's later rungs keep their instants.
/// </summary>
public static class ByHand
{
    public static IReadOnlyList<string> Colours { get; } = ["blue", "orange", "red"];

    public static EscalationReached Step(AssignmentState state, Ladder ladder, string id, string reason, string? step, string? colour, DateTimeOffset now)
    {
        var owed = Obligation.Of(state)
            ?? throw SupervisionException.Conflict("escalation.nothing_owed", $"Assignment {id} owes nothing now ({state.Status}), so there is nothing to escalate.");
        if (colour is not null && !Colours.Contains(colour))
        {
            throw SupervisionException.Invalid("escalation.unknown_colour", $"'colour' must be one of {string.Join(", ", Colours)}; it is '{colour}'.", "colour");
        }

        var reached = state.RungReached(owed.Key);
        var rungs = ladder.Definition.Ladder;
        int rung;
        if (step is null)
        {
            rung = reached + 1;
        }
        else
        {
            rung = Enumerable.Range(0, rungs.Count).FirstOrDefault(i => LadderSteps.Name(rungs[i].Kind) == step, -1);
            if (rung < 0)
            {
                var names = string.Join(", ", rungs.Select(r => LadderSteps.Name(r.Kind)));
                throw SupervisionException.Invalid("escalation.unknown_step", $"'step' must be one of {names}; it is '{step}'.", "step");
            }
        }

        if (rung >= rungs.Count)
        {
            throw SupervisionException.Conflict("escalation.ladder_climbed", $"Assignment {id} has reached the last step of its ladder.");
        }

        if (rung <= reached)
        {
            throw SupervisionException.Conflict("escalation.already_reached", $"Assignment {id} has already reached '{LadderSteps.Name(rungs[reached].Kind)}'; escalate to a higher step.");
        }

        return Escalations.Reached(owed, new LadderStep(rung, rungs[rung], now), now, reason, colour);
    }
}
