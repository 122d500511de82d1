using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.ChainEscalation;
using Supervision.Engine.Deadlines;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using Supervision.Workflows.Definition;

namespace Supervision.Engine.Obligations;

/// <summary>
/// The <c>obligations</c> table, kept from an assignment's events in their own transaction: an obligation no longer owed
/// is closed by the event (met, or cancelled when the office withdrew, waived or handed the work over), a new one is
/// opened, and one still owed follows its due time and ladder. Each open row carries the instant of its next ladder
/// rung (<c>next_at</c>), which is all the deadline scheduler reads.
/// </summary>
public static class ObligationRows
{
    public static IEnumerable<ProjectionWrite> Follow(string assignmentId, AssignmentState before, AssignmentState after, RecordedEvent cause, Ladder? ladder)
    {
        var was = Obligation.AllOf(before).ToDictionary(o => o.Key, StringComparer.Ordinal);
        var now = Obligation.AllOf(after).ToDictionary(o => o.Key, StringComparer.Ordinal);
        foreach (var (key, _) in was.Where(w => !now.ContainsKey(w.Key)))
        {
            yield return Close(assignmentId, key, cause);
        }

        foreach (var (key, owed) in now)
        {
            var row = Values(assignmentId, owed, after, ladder);
            if (!was.TryGetValue(key, out var old))
            {
                yield return Open(assignmentId, owed, after.Opening!, cause, row);
            }
            else if (old.DueAt != owed.DueAt || before.RungReached(key) != after.RungReached(key) || ChainSteps.Level(before, key) != ChainSteps.Level(after, key))
            {
                yield return new ProjectionWrite(
                    """
                    UPDATE obligations SET due_at = @due_at, rung = @rung, step = @step, escalated = @escalated, next_rung = @next_rung,
                        next_at = @next_at, warn_at = @warn_at
                    WHERE assignment_id = @assignment AND key = @key AND state = 'open'
                    """,
                    row);
            }
        }
    }

    /// <summary>The instant of the next ladder rung of each open obligation, for scheduling.</summary>
    public static IEnumerable<DateTimeOffset> NextInstants(AssignmentState state, Ladder ladder) =>
        Obligation.AllOf(state).Select(o => NextAt(state, ladder, o)).OfType<DateTimeOffset>();

    // The sweep asks the grain at the earlier of the ladder's next rung and the chain's next level.
    private static DateTimeOffset? NextAt(AssignmentState state, Ladder ladder, Obligation o) =>
        (ladder.Next(o, state.RungReached(o.Key))?.At, ChainSteps.Next(state, ladder, o)) switch
        {
            ({ } rung, { } level) => rung < level ? rung : level,
            var (rung, level) => rung ?? level,
        };

    private static Dictionary<string, object?> Values(string assignmentId, Obligation owed, AssignmentState state, Ladder? ladder)
    {
        var reached = state.RungReached(owed.Key);
        var next = ladder?.Next(owed, reached);
        var step = reached >= 0 && ladder is not null ? ladder.Definition.Ladder[reached] : null;
        return new Dictionary<string, object?>
        {
            ["assignment"] = assignmentId, ["key"] = owed.Key, ["due_at"] = owed.DueAt, ["rung"] = reached >= 0 ? reached : null,
            ["step"] = step is null ? null : LadderSteps.Name(step.Kind), ["escalated"] = step is { IsOverdue: true },
            ["next_rung"] = next?.Rung, ["next_at"] = ladder is null ? null : NextAt(state, ladder, owed), ["warn_at"] = ladder?.WarnAt(owed) ?? owed.DueAt,
        };
    }

    private static ProjectionWrite Open(string assignmentId, Obligation owed, AssignmentOpening o, RecordedEvent cause, Dictionary<string, object?> row)
    {
        row["id"] = $"{assignmentId}#{owed.Key}#{cause.Version}";
        row["item"] = o.ItemId;
        row["plan"] = o.PlanId;
        row["agency"] = o.AgencyId;
        row["kind"] = owed.Kind;
        row["owed_by"] = owed.OwedBy;
        row["at"] = cause.Entry.At;
        row["version"] = cause.Version;
        return new ProjectionWrite(
            """
            INSERT INTO obligations (id, assignment_id, item_id, plan_id, agency_id, kind, owed_by, due_at, state, opened_at, opened_version,
                key, rung, step, escalated, next_rung, next_at, warn_at)
            VALUES (@id, @assignment, @item, @plan, @agency, @kind, @owed_by, @due_at, 'open', @at, @version,
                @key, @rung, @step, @escalated, @next_rung, @next_at, @warn_at)
            """,
            row);
    }

    private static ProjectionWrite Close(string assignmentId, string key, RecordedEvent cause)
    {
        // A status's obligation is met by the move that ends it, unless the office took the work away; a report, a
        // commitment or a finding only by its kind's own event, and anything else that ends it (the completion covering
        // the periods left, the assignment closing) cancels it.
        var cancelled = ObligationKinds.OfKey(key)?.MetBy is { } metBy
            ? !metBy(cause.Event)
            : cause.Event is ICycleEvent move && AssignmentCycle.EndsUndone(move.Trigger);
        return new ProjectionWrite(
            """
            UPDATE obligations SET state = @state, closed_at = @at, closed_by = @event, closed_version = @version, next_at = NULL, next_rung = NULL
            WHERE assignment_id = @assignment AND key = @key AND state = 'open'
            """,
            new Dictionary<string, object?>
            {
                ["assignment"] = assignmentId, ["key"] = key, ["state"] = cancelled ? "cancelled" : "met", ["at"] = cause.Entry.At,
                ["event"] = cause.Event.GetType().Name, ["version"] = cause.Version,
            });
    }
}
