using Supervision.Engine.Trail;

namespace Supervision.Engine.Items;

/// <summary>One action item (任务) of a plan: defined, edited until dispatched, then dispatched to one assignment per agency.</summary>
public interface IActionItemGrain : IGrainWithStringKey
{
    /// <summary>Defines the item (called by its plan). Agencies must be registered.</summary>
    Task<ItemView> DefineAsync(string planId, ItemSpec spec, Actor actor, string? correlationId);

    /// <summary>Replaces the definition; only before dispatch.</summary>
    Task<ItemView> EditAsync(ItemSpec spec, Actor actor, string? correlationId);

    /// <summary>Opens one assignment per lead and cooperating agency under a workflow definition (default: latest <c>standard</c>); the openings are reactions of the dispatch.</summary>
    Task<ItemView> DispatchAsync(string? definitionId, Actor actor, string? correlationId, bool major = false);

    /// <summary>Hands a disputed assignment's work to another agency (a reaction of the upheld dispute); returns the new assignment's id.</summary>
    Task<string> ReassignAsync(string fromAssignmentId, string toAgencyId, Actor actor, string? correlationId);

    /// <summary>
    /// Looks at the lead assignments after one of them closed (a reaction): completes the item when every live lead is
    /// completed, withdraws it when every lead was withdrawn. Telling it twice changes nothing.
    /// </summary>
    Task SettleAsync(string? correlationId);

    /// <summary>The item as <paramref name="actor"/> may see it, or null when it does not exist or is not theirs.</summary>
    Task<ItemView?> GetAsync(Actor actor);
}
