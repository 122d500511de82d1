using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Obligations;

/// <summary>
/// The <c>obligations</c> table, kept from an assignment's events in their own transaction: when what is owed changes,
/// the open obligation is closed by the event (met, or cancelled when the office withdrew, waived or handed the work
/// over) and the new one opened. Deadlines schedule from this table.
/// </summary>
public static class ObligationRows
{
    public static IEnumerable<ProjectionWrite> Follow(string assignmentId, AssignmentState before, AssignmentState after, RecordedEvent cause)
    {
        var was = Obligation.Of(before);
        var now = Obligation.Of(after);
        if (was == now)
        {
            yield break;
        }

        if (was is not null)
        {
            var cancelled = cause.Event is ICycleEvent { Trigger: CycleTrigger.Withdraw or CycleTrigger.Waive or CycleTrigger.UpholdDisputeWithdraw or CycleTrigger.UpholdDisputeReassign };
            yield return new ProjectionWrite(
                """
                UPDATE obligations SET state = @state, closed_at = @at, closed_by = @event, closed_version = @version
                WHERE assignment_id = @assignment AND state = 'open'
                """,
                new Dictionary<string, object?>
                {
                    ["assignment"] = assignmentId, ["state"] = cancelled ? "cancelled" : "met", ["at"] = cause.Entry.At,
                    ["event"] = cause.Event.GetType().Name, ["version"] = cause.Version,
                });
        }

        if (now is not null)
        {
            var o = after.Opening!;
            yield return new ProjectionWrite(
                """
                INSERT INTO obligations (id, assignment_id, item_id, plan_id, agency_id, kind, owed_by, due_at, state, opened_at, opened_version)
                VALUES (@id, @assignment, @item, @plan, @agency, @kind, @owed_by, @due_at, 'open', @at, @version)
                """,
                new Dictionary<string, object?>
                {
                    ["id"] = $"{assignmentId}#{cause.Version}", ["assignment"] = assignmentId, ["item"] = o.ItemId, ["plan"] = o.PlanId,
                    ["agency"] = o.AgencyId, ["kind"] = now.Kind, ["owed_by"] = now.OwedBy, ["due_at"] = now.DueAt, ["at"] = cause.Entry.At,
                    ["version"] = cause.Version,
                });
        }
    }
}
