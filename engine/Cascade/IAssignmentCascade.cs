using Supervision.Engine.Assignments;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Cascade;

/// <summary>The cascade's intents on an assignment (the same grain as <see cref="IAssignmentGrain"/>, by the same key).</summary>
public interface IAssignmentCascade : IGrainWithStringKey
{
    /// <summary>The holder (or a coordinator) decomposes the assignment into sub-assignments for agencies below it; answers each child's id.</summary>
    Task<IReadOnlyList<CascadedChild>> CascadeAsync(IReadOnlyList<CascadeChildInput?> children, Actor actor, string? correlationId);

    /// <summary>Opens a sub-assignment (called by its parent's reaction). Opening again is a no-op.</summary>
    Task OpenChildAsync(AssignmentOpening opening, CascadeLink link, Actor actor, string? correlationId);

    /// <summary>A child closed (called by the child's reaction).</summary>
    Task ChildSettledAsync(Events.ChildSettled settled, string? correlationId);

    /// <summary>A child's dispute was upheld and handed over (called by the child's reaction): its successor is cascaded here, as the child was. Again is a no-op.</summary>
    Task HandOverChildAsync(string fromAssignmentId, string toAgencyId, Actor actor, string? correlationId);

    /// <summary>The parent was withdrawn or handed over (called by the parent's reaction): an open child is withdrawn with it.</summary>
    Task ParentClosedAsync(Events.ParentClosed closed, string? correlationId);
}
