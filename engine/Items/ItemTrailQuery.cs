using Supervision.Engine.Cascade;
using Supervision.Engine.Errors;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Items;

/// <summary>
/// An item's completion trail: the item's own stream and its assignments' streams, sub-assignments at every level
/// included, in global order. An agency user gets the item's stream, its own agency's assignment and its descendants'
/// sub-assignments only.
/// </summary>
public sealed class ItemTrailQuery(IEventStore store, IGrainFactory grains, ITables tables)
{
    public async Task<IReadOnlyList<StoredEvent>> RunAsync(Actor actor, string itemId, CancellationToken cancellationToken = default) =>
        (await ReadAsync(actor, itemId, cancellationToken)).Events;

    /// <summary>The trail with the scope an export of it declares: the whole item, or the reader's agency and the agencies below it.</summary>
    public async Task<(IReadOnlyList<StoredEvent> Events, TrailScope Scope)> ReadAsync(Actor actor, string itemId, CancellationToken cancellationToken = default)
    {
        var item = await grains.GetGrain<IActionItemGrain>(itemId).GetAsync(actor)
            ?? throw SupervisionException.NotFound("action item", itemId);
        var all = SeesEverything(actor);
        var rows = await tables.QueryAsync(
            $"SELECT a.id, a.agency_id FROM assignments a WHERE a.item_id = @item{(all ? "" : " AND " + CascadeRows.OwnOrBelow("a", "@own"))} ORDER BY a.id",
            new Dictionary<string, object?> { ["item"] = itemId, ["own"] = actor.AgencyId ?? "" }, r => (Id: r.GetString(0), Agency: r.GetString(1)), cancellationToken);
        var assignments = item.Assignments.Where(a => all || a.AgencyId == actor.AgencyId).Select(a => (Id: a.AssignmentId, Agency: a.AgencyId))
            .Concat(rows).DistinctBy(a => a.Id).ToList();
        var streams = new List<string> { StreamIds.Item(item.Id) };
        streams.AddRange(assignments.Select(a => StreamIds.Assignment(a.Id)));
        var scope = all ? TrailScope.Item(itemId) : TrailScope.Item(itemId, actor.AgencyId, [.. assignments.Select(a => a.Agency).Where(a => a != actor.AgencyId).Order(StringComparer.Ordinal)]);
        return (await store.ReadStreamsAsync(streams, cancellationToken), scope);
    }
}
