using System.Text;
using Stateless.Reflection;

namespace Supervision.Workflows.Cycle;

/// <summary>
/// Writes the configured machine as Mermaid. Stateless's own MermaidGraph labels unguarded internal
/// transitions "[Function]" (the lambda's name); this writer shows only the cycle's named guards and
/// marks the end states, so the diagram can go straight into the README.
/// </summary>
internal static class CycleDiagram
{
    public static string Mermaid(StateMachineInfo info)
    {
        var text = new StringBuilder();
        text.Append("stateDiagram-v2\n");
        text.Append("    [*] --> ").Append(info.InitialState.UnderlyingState).Append('\n');
        foreach (var state in info.States)
        {
            foreach (var transition in state.FixedTransitions)
            {
                text.Append("    ").Append(state.UnderlyingState)
                    .Append(" --> ").Append(transition.DestinationState.UnderlyingState)
                    .Append(" : ").Append(transition.Trigger.UnderlyingTrigger);
                var guards = transition.GuardConditionsMethodDescriptions
                    .Select(g => CycleGuard.FromDescription(g.Description))
                    .OfType<CycleGuard>()
                    .Select(g => g.Description)
                    .ToList();
                if (guards.Count > 0)
                {
                    text.Append(" [").AppendJoin(", ", guards).Append(']');
                }

                text.Append('\n');
            }
        }

        foreach (var terminal in Enum.GetValues<AssignmentStatus>().Where(s => !AssignmentCycle.IsOpen(s)))
        {
            text.Append("    ").Append(terminal).Append(" --> [*]\n");
        }

        return text.ToString();
    }
}
