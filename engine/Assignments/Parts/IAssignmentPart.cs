using Supervision.Engine.Obligations;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments.Parts;

/// <summary>
/// One feature's part of an assignment (findings, major issues, interviews…): its events stay on the assignment's
/// stream, and the part says what they do. A part is a stateless singleton listed once in <see cref="AssignmentParts"/>;
/// what it remembers lives in its slice of <see cref="AssignmentState"/> (<see cref="AssignmentState.Slice{T}"/>).
/// </summary>
public interface IAssignmentPart
{
    /// <summary>Applies one event to the part's slice (or ignores it). Deterministic: it runs again on every replay.</summary>
    void When(AssignmentState state, TrailEntry entry);

    /// <summary>The assignment's status has just changed (after <paramref name="state"/>'s own rules): what the part held for the old status goes.</summary>
    void Moved(AssignmentState state)
    {
    }

    /// <summary>
    /// A refusal of <paramref name="trigger"/> now (a 409 naming why), or null to let the cycle decide: asked of every part
    /// before any move is recorded, so a part can hold a move back (a parent's completion while a child is open).
    /// </summary>
    Errors.SupervisionException? Refuse(AssignmentState state, CycleTrigger trigger) => null;

    /// <summary>The kinds of obligation the part declares (its words, its key, the event that meets it).</summary>
    IReadOnlyList<ObligationKind> Kinds => [];

    /// <summary>The obligations the part makes open, each with its own key and ladder.</summary>
    IEnumerable<Obligation> Owed(AssignmentState state) => [];

    /// <summary>The part's read-model writes for an append, written in its transaction.</summary>
    IEnumerable<ProjectionWrite> Project(string assignmentId, AssignmentState before, AssignmentState after, IReadOnlyList<RecordedEvent> recorded) => [];

    /// <summary>The consequences of one recorded event (notices, other grains' work), written with it.</summary>
    IEnumerable<Reaction> React(AssignmentState before, AssignmentState after, RecordedEvent recorded) => [];
}
