using Supervision.Engine.Errors;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Items;

/// <summary>
/// An item's completion trail: the item's own stream and its assignments' streams, in global order.
/// An agency user gets the item's stream and its own agency's assignments only.
/// </summary>
public sealed class ItemTrailQuery(IEventStore store, IGrainFactory grains)
{
    public async Task<IReadOnlyList<StoredEvent>> RunAsync(Actor actor, string itemId, CancellationToken cancellationToken = default)
    {
        var item = await grains.GetGrain<IActionItemGrain>(itemId).GetAsync(actor)
            ?? throw SupervisionException.NotFound("action item", itemId);
        var streams = new List<string> { StreamIds.Item(item.Id) };
        streams.AddRange(item.Assignments
            .Where(a => SeesEverything(actor) || a.AgencyId == actor.AgencyId)
            .Select(a => StreamIds.Assignment(a.AssignmentId)));
        return await store.ReadStreamsAsync(streams, cancellationToken);
    }
}
