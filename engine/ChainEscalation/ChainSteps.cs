using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Cascade;
using Supervision.Engine.ChainEscalation.Events;
using Supervision.Engine.Deadlines;
using Supervision.Engine.Obligations;

namespace Supervision.Engine.ChainEscalation;

/// <summary>
/// Escalation along the chain (层层压实): a sub-assignment's late steps are told to its parent agency instead of the office;
/// left unmet for the definition's <c>parent_window</c>, the level above is told, one level per window, up to the office.
/// The agency above acts by getting the obligation met (or granting an extension, which starts the ladder again).
/// </summary>
public static class ChainSteps
{
    /// <summary>The recipient word of a late child's step: the agencies above it, starting with its parent's.</summary>
    public const string Parent = "parent";

    /// <summary>
    /// A clock step after the due time on a sub-assignment's own obligation goes to the parent agency, not to the office or
    /// the leading group: they hear of it only when it climbs the chain. Reminders and the office's own work are unchanged.
    /// </summary>
    public static EscalationReached Redirect(AssignmentState state, Ladder ladder, EscalationReached e) =>
        CascadePart.Link(state) is null || e.OwedBy == Obligation.Office || !ladder.Definition.Ladder[e.Rung].IsOverdue
            ? e
            : e with { Notify = [.. e.Notify.Where(w => w is not (Notices.Recipients.Office or Notices.Recipients.LeadingGroup)), Parent] };

    /// <summary>How far up the chain <paramref name="key"/> has been told (0 the parent), or -1.</summary>
    public static int Level(AssignmentState state, string key) => state.Slice<ChainSlice>().Levels.GetValueOrDefault(key, -1);

    /// <summary>Every level fallen due by <paramref name="now"/> and not yet told, in due order.</summary>
    public static IEnumerable<EscalationPassedUp> DueBy(AssignmentState state, Ladder ladder, DateTimeOffset now) =>
        Obligation.AllOf(state)
            .SelectMany(o => Levels(state, ladder, o).Where(l => l.Level > Level(state, o.Key) && l.DueAt <= now))
            .OrderBy(l => l.DueAt)
            .ThenBy(l => l.Level);

    /// <summary>When the next level is told for <paramref name="o"/>, or null when there is none (or no window).</summary>
    public static DateTimeOffset? Next(AssignmentState state, Ladder ladder, Obligation o) =>
        Levels(state, ladder, o).FirstOrDefault(l => l.Level > Level(state, o.Key))?.DueAt;

    // Level k falls due k windows after the first step after the due time; the top of the chain is the office.
    private static IEnumerable<EscalationPassedUp> Levels(AssignmentState state, Ladder ladder, Obligation o)
    {
        if (CascadePart.Link(state) is not { } link || ladder.Definition.ParentWindow is not { } window || o.OwedBy == Obligation.Office)
        {
            yield break;
        }

        var steps = ladder.Steps(o).ToList();
        if (steps.FirstOrDefault(s => s.IsOverdue) is not { } first)
        {
            yield break;
        }

        var at = first.At;
        for (var level = 1; level <= link.Chain.Count; level++)
        {
            at = ladder.After(at, window);
            var step = steps.Last(s => s.At <= at);
            yield return new EscalationPassedUp(o.Kind, o.Period, step.Name, level, level < link.Chain.Count ? link.Chain[level] : null, at);
        }
    }
}
