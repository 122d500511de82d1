using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Plans;

/// <summary>Plans and their items from the read model; an agency user sees only plans and items it or an agency below it has assignments on.</summary>
public sealed class PlanListQuery(ITables tables)
{
    // An agency's own assignments and its descendants' sub-assignments.
    private static readonly string Below = Cascade.CascadeRows.OwnOrBelow("a", "@agency");

    public Task<List<PlanSummary>> PlansAsync(Actor actor, CancellationToken cancellationToken = default) =>
        tables.QueryAsync(SeesEverything(actor)
                ? "SELECT id, title, issuer, issued, item_count FROM plans ORDER BY created_at DESC, id"
                : $"SELECT id, title, issuer, issued, item_count FROM plans WHERE id IN (SELECT a.plan_id FROM assignments a WHERE {Below}) ORDER BY created_at DESC, id",
            new Dictionary<string, object?> { ["agency"] = actor.AgencyId },
            r => new PlanSummary(r.GetString(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.GetInt32(4)),
            cancellationToken);

    public Task<List<ItemSummary>> ItemsAsync(Actor actor, string planId, CancellationToken cancellationToken = default) =>
        tables.QueryAsync(SeesEverything(actor)
                ? "SELECT id, ref, title, due, status FROM items WHERE plan_id = @plan ORDER BY seq, id"
                : $"SELECT id, ref, title, due, status FROM items WHERE plan_id = @plan AND id IN (SELECT a.item_id FROM assignments a WHERE {Below}) ORDER BY seq, id",
            new Dictionary<string, object?> { ["plan"] = planId, ["agency"] = actor.AgencyId },
            r => new ItemSummary(r.GetString(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.GetString(4)),
            cancellationToken);

    /// <summary>Every item with its plan's title, for pickers (at most 5000): an agency user's only those it has assignments on.</summary>
    public Task<List<(string Id, string Ref, string Title, string Plan)>> ItemChoicesAsync(Actor actor, CancellationToken cancellationToken = default) =>
        tables.QueryAsync(
            $"SELECT i.id, i.ref, i.title, p.title FROM items i JOIN plans p ON p.id = i.plan_id{(SeesEverything(actor) ? "" : $" WHERE i.id IN (SELECT a.item_id FROM assignments a WHERE {Below})")} ORDER BY p.title, i.plan_id, i.seq LIMIT 5000",
            new Dictionary<string, object?> { ["agency"] = actor.AgencyId ?? "" },
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)),
            cancellationToken);
}
