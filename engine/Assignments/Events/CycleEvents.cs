using System.Runtime.CompilerServices;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments.Events;

/// <summary>The events that move an assignment through the cycle, found by the move each one fires.</summary>
public static class CycleEvents
{
    /// <summary>The names of the events that close an assignment without its work done (withdrawn, waived, handed on).</summary>
    public static IReadOnlyList<string> EndingUndone { get; } = [.. Where(AssignmentCycle.EndsUndone)];

    private static IEnumerable<string> Where(Func<CycleTrigger, bool> moves) =>
        typeof(ICycleEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICycleEvent).IsAssignableFrom(t))
            // An event's move is fixed by its type, not its fields, so a blank instance names it.
            .Where(t => moves(((ICycleEvent)RuntimeHelpers.GetUninitializedObject(t)).Trigger))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);
}
