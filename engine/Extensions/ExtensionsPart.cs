using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Assignments.Parts;
using Supervision.Engine.Notices;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Extensions;

/// <summary>
/// Extensions (延期申请): the only way to stop a clock. The agency asks, the office decides; an approval moves the due
/// time of the status's obligation (<see cref="AssignmentState.ExtendedDueAt"/>) and starts its ladder again.
/// </summary>
public sealed class ExtensionsPart : IAssignmentPart
{
    /// <summary>The request waiting for the office, or null.</summary>
    public static ExtensionRequested? Pending(AssignmentState state) => state.Slice<ExtensionsSlice>().Pending;

    public void When(AssignmentState state, TrailEntry entry)
    {
        switch (entry.Event)
        {
            case ExtensionRequested e:
                state.SetSlice(new ExtensionsSlice { Pending = e });
                break;
            case ExtensionApproved e:
                // The clock starts again on the new due time: its reminder comes again, no rung stays reached.
                state.SetSlice(new ExtensionsSlice());
                (state.ExtendedDueAt, state.Ladder) = (e.DueAt, state.Ladder.Remove(e.Obligation));
                break;
            case ExtensionRejected:
                state.SetSlice(new ExtensionsSlice());
                break;
        }
    }

    // A request was for the old status's obligation: a move leaves nothing to decide.
    public void Moved(AssignmentState state)
    {
        if (Pending(state) is not null)
        {
            state.SetSlice(new ExtensionsSlice());
        }
    }

    public IEnumerable<Reaction> React(AssignmentState before, AssignmentState after, RecordedEvent recorded)
    {
        IReadOnlyList<string> notify = [Recipients.Responsible, Recipients.Liaison];
        return recorded.Event switch
        {
            ExtensionApproved e => [NoticeRules.Send(NoticeRules.Notice(after, NoticeKinds.ExtensionDecided, notify, e.DueAt) with
            {
                Step = "extension_approved", Obligation = e.Obligation, Detail = e.Note,
            })],
            ExtensionRejected e => [NoticeRules.Send(NoticeRules.Notice(after, NoticeKinds.ExtensionDecided, notify) with
            {
                Step = "extension_rejected", Obligation = e.Obligation, Detail = e.Reason,
            })],
            _ => [],
        };
    }
}
