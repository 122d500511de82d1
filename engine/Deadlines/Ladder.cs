using Supervision.Engine.Obligations;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Definition;

namespace Supervision.Engine.Deadlines;

/// <summary>
/// When each rung of a definition's ladder falls due for one obligation, on the working-day calendar in the office's
/// zone. Reminders count back from the due time; the steps after it count from the due time, or from when the
/// obligation opened if it was born late (lateness is never counted from before something was owed). A reminder whose
/// instant is not after the opening is left out: there is nothing to remind of ahead of time.
/// </summary>
public sealed class Ladder(WorkflowDefinition definition, DueTimes times, bool major = false)
{
    public WorkflowDefinition Definition => definition;

    /// <summary>An item dispatched as major: its first overdue rung goes straight to the definition's <c>major_starts_at</c> step.</summary>
    public bool Major => major;

    public IEnumerable<LadderStep> Steps(Obligation obligation)
    {
        if (obligation.DueAt is not { } due)
        {
            yield break;
        }

        var lateFrom = due < obligation.OpenedAt ? obligation.OpenedAt : due;
        var majorRung = major ? Enumerable.Range(0, definition.Ladder.Count).FirstOrDefault(i => definition.Ladder[i].Kind == definition.MajorStartsAt, -1) : -1;
        DateTimeOffset? firstLate = null;
        for (var rung = 0; rung < definition.Ladder.Count; rung++)
        {
            var step = definition.Ladder[rung];
            var at = times.Add(step.IsOverdue ? lateFrom : due, step.At, definition.Cutoff);
            if (step.IsOverdue && rung < majorRung)
            {
                // A major item skips the milder rungs after the due time: the start step takes the first one's instant.
                firstLate ??= at;
                continue;
            }

            if (step.IsOverdue || at > obligation.OpenedAt)
            {
                yield return new LadderStep(rung, step, rung == majorRung && firstLate is { } early ? early : at);
            }
        }
    }

    /// <summary>The first rung above <paramref name="reached"/>, or null when the ladder is climbed (or there is no due time).</summary>
    public LadderStep? Next(Obligation obligation, int reached) => Steps(obligation).FirstOrDefault(s => s.Rung > reached);

    /// <summary><paramref name="span"/> after <paramref name="at"/> on the working-day calendar, ending at the definition's cut-off.</summary>
    public DateTimeOffset After(DateTimeOffset at, Span span) => times.Add(at, span, definition.Cutoff);

    /// <summary>From when the obligation shows yellow: its first reminder, or its due time when the ladder has none.</summary>
    public DateTimeOffset? WarnAt(Obligation obligation) =>
        obligation.DueAt is { } due && definition.Ladder.FirstOrDefault(s => !s.IsOverdue) is { } remind
            ? times.Add(due, remind.At, definition.Cutoff)
            : obligation.DueAt;
}
