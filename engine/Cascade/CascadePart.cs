using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Parts;
using Supervision.Engine.Cascade.Events;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Cascade;

/// <summary>
/// Cascade (分解交办): an assignment decomposed into sub-assignments for agencies below its holder. The parent records
/// its children and a reaction opens each; a child closing reaches its parent (<see cref="ChildSettled"/>); a parent
/// withdrawn or handed over reaches each open child (<see cref="ParentClosed"/>).
/// </summary>
public sealed class CascadePart : IAssignmentPart
{
    /// <summary>The assignment above this one, or null for a dispatched one.</summary>
    public static CascadeLink? Link(AssignmentState state) => state.Slice<CascadeSlice>().Link;

    /// <summary>The children not yet closed, in the order they were cascaded.</summary>
    public static IReadOnlyList<CascadedChild> OpenChildren(AssignmentState state)
    {
        var slice = state.Slice<CascadeSlice>();
        return [.. slice.Children.Where(c => !slice.Settled.Contains(c.AssignmentId))];
    }

    /// <summary>
    /// A child's id is its item's and its agency's, like any assignment's: an agency holds one part of an item wherever it
    /// sits in the tree, so cascading twice opens nothing twice, and notices and hand-overs name children as they name any.
    /// </summary>
    public static string ChildId(string itemId, string agencyId) => AssignmentIds.For(itemId, agencyId);

    // A parent answers for its children's work: it closes its own part (completing, contributing, or being waived) only
    // when every child is closed.
    public Errors.SupervisionException? Refuse(AssignmentState state, CycleTrigger trigger) =>
        trigger is CycleTrigger.SubmitCompletion or CycleTrigger.Contribute or CycleTrigger.Waive && OpenChildren(state) is { Count: > 0 } open
            ? Errors.SupervisionException.Conflict("cascade.children_open",
                    $"Sub-assignments are still open: {string.Join(", ", open.Select(c => c.AgencyId))}; close them before closing this assignment.")
                .With("children", string.Join("、", open.Select(c => c.Named)))
            : null;

    public void When(AssignmentState state, TrailEntry entry)
    {
        var slice = state.Slice<CascadeSlice>();
        switch (entry.Event)
        {
            case Assignments.Events.AssignmentOpened:
                state.SetSlice(slice with { OpenedAt = entry.At });
                break;
            case CascadeLinked e:
                state.SetSlice(slice with { Link = e.Link });
                break;
            case AssignmentCascaded e:
                state.SetSlice(slice with { Children = slice.Children.AddRange(e.Children) });
                break;
            case ParentClosed:
                state.SetSlice(slice with { ParentClosed = true });
                break;
            case ChildSettled e when !slice.Settled.Contains(e.ChildId):
                state.SetSlice(slice with { Settled = slice.Settled.Add(e.ChildId) });
                break;
        }
    }

    public IEnumerable<ProjectionWrite> Project(string assignmentId, AssignmentState before, AssignmentState after, IReadOnlyList<RecordedEvent> recorded) =>
        recorded.Any(r => r.Event is CascadeLinked) && Link(after) is { } link ? [CascadeRows.Link(assignmentId, link)] : [];

    public IEnumerable<Reaction> React(AssignmentState before, AssignmentState after, RecordedEvent recorded)
    {
        var id = AssignmentIds.For(after.Opening!.ItemId, after.Opening.AgencyId);
        if (recorded.Event is AssignmentCascaded cascaded)
        {
            return cascaded.Children.Select(c => Reaction.Of(OpenChildHandler.Kind, c.AssignmentId, c.Opening(after, id)));
        }

        var handOver = recorded.Event is Assignments.Events.DisputeUpheldReassigned upheld && Link(after) is { } up
            ? Reaction.Of(HandOverChildHandler.Kind, up.ParentId, new HandOverChildHandler.Request(id, upheld.ToAgencyId))
            : null;

        var closed = AssignmentCycle.IsOpen(before.Status) && before.Opening is not null && !AssignmentCycle.IsOpen(after.Status);
        if (!closed)
        {
            return [];
        }

        // A child closed because its parent did says nothing back: the parent's own closure covers it (and the parent
        // is busy waiting for this child, so a call back would wait on itself).
        var reactions = handOver is null ? new List<Reaction>() : [handOver];
        if (Link(after) is { } link && !after.Slice<CascadeSlice>().ParentClosed)
        {
            reactions.Add(Reaction.Of(ChildSettledHandler.Kind, link.ParentId, new ChildSettled(id, after.Opening!.AgencyId, after.Status)));
        }

        if (after.Status is AssignmentStatus.Withdrawn or AssignmentStatus.Reassigned)
        {
            reactions.AddRange(OpenChildren(after).Select(c => Reaction.Of(ParentClosedHandler.Kind, c.AssignmentId, new ParentClosed(id, after.Status))));
        }

        return reactions;
    }
}
