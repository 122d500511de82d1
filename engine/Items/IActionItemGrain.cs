using Supervision.Engine.Trail;

namespace Supervision.Engine.Items;

/// <summary>One action item (任务) of a plan: defined, edited until dispatched, then dispatched to one assignment per agency.</summary>
public interface IActionItemGrain : IGrainWithStringKey
{
    /// <summary>Defines the item (called by its plan). Agencies must be registered.</summary>
    Task<ItemView> DefineAsync(string planId, ItemSpec spec, Actor actor, string? correlationId);

    /// <summary>Replaces the definition; only before dispatch.</summary>
    Task<ItemView> EditAsync(ItemSpec spec, Actor actor, string? correlationId);

    /// <summary>Opens one assignment per lead and cooperating agency under a workflow definition (default: latest <c>standard</c>).</summary>
    Task<ItemView> DispatchAsync(string? definitionId, Actor actor, string? correlationId);

    /// <summary>Hands a disputed assignment's work to another agency (called by the assignment whose dispute was upheld).</summary>
    Task<string> ReassignAsync(string fromAssignmentId, string toAgencyId, Actor actor, string? correlationId);

    /// <summary>Told by an assignment that it changed; completes the item when every lead assignment is completed.</summary>
    Task AssignmentChangedAsync(string assignmentId);

    /// <summary>The item as <paramref name="actor"/> may see it, or null when it does not exist or is not theirs.</summary>
    Task<ItemView?> GetAsync(Actor actor);
}
