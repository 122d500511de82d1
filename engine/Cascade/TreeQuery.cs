using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Targets;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Cascade;

/// <summary>
/// The roll-up tree (汇总): an assignment and everything cascaded below it, or a plan's items with their assignments to a
/// depth — each tree read with one SQL query over the read model, whatever its size. An agency user gets its own
/// assignments and their descendants only (a plan's tree is cut to its own subtrees); inspectors and the office read all.
/// </summary>
/// <remarks>
/// At an earlier instant (<c>as_of</c>) the colours, days overdue and figures are those of that instant (figures
/// reported by then; deadlines as they fall then); the statuses are today's, read from the read model.
/// </remarks>
public sealed class TreeQuery(ITables tables, IGrainFactory grains, TimeProvider clock)
{
    public async Task<TreeNode> AssignmentAsync(string assignmentId, DateTimeOffset? asOf, Actor actor, CancellationToken cancellationToken = default)
    {
        var roots = await tables.QueryAsync("SELECT item_id, agency_id, plan_id FROM assignments WHERE id = @id",
            new Dictionary<string, object?> { ["id"] = assignmentId }, r => (Item: r.GetString(0), Agency: r.GetString(1), Plan: r.GetString(2)), cancellationToken);
        if (roots.Count == 0)
        {
            throw SupervisionException.NotFound("assignment", assignmentId);
        }

        var (item, agency, plan) = roots[0];
        var rows = await TreeSql.RunAsync(tables, $"a.item_id = @item AND (a.id = @root OR {CascadeRows.Above("a", "@root_agency")})",
            new Dictionary<string, object?> { ["item"] = item, ["root"] = assignmentId, ["root_agency"] = agency }, asOf ?? clock.GetUtcNow(), actor, cancellationToken);
        var targets = await TargetsAsync(plan, [item]);
        var built = TreeBuilder.Build(rows, targets, asOf ?? clock.GetUtcNow());
        return built.GetValueOrDefault(assignmentId) ?? throw SupervisionException.NotFound("assignment", assignmentId);
    }

    public async Task<PlanTree> PlanAsync(string planId, int? depth, DateTimeOffset? asOf, Actor actor, CancellationToken cancellationToken = default)
    {
        var bound = depth ?? Agencies.AgencyAncestry.MaxDepth;
        if (bound is < 0 or > Agencies.AgencyAncestry.MaxDepth)
        {
            throw SupervisionException.Invalid("tree.depth", $"'depth' must be 0–{Agencies.AgencyAncestry.MaxDepth} (was {depth}).", "depth")
                .With("limit", Agencies.AgencyAncestry.MaxDepth);
        }

        var view = await grains.GetGrain<IPlanGrain>(planId).GetAsync(Actor.System) ?? throw SupervisionException.NotFound("plan", planId);
        var at = asOf ?? clock.GetUtcNow();
        var rows = await TreeSql.RunAsync(tables, "a.plan_id = @plan AND a.depth <= @depth",
            new Dictionary<string, object?> { ["plan"] = planId, ["depth"] = bound }, at, actor, cancellationToken);
        if (rows.Count == 0 && !SeesEverything(actor))
        {
            throw SupervisionException.NotFound("plan", planId);
        }

        var nodes = TreeBuilder.Build(rows, await TargetsAsync(planId, view.ItemIds), at);
        // By item, so a flat plan of a thousand items does not scan every root once per item.
        var roots = TreeBuilder.Roots(rows).ToLookup(r => r.ItemId, StringComparer.Ordinal);
        var items = new List<TreeItem>();
        foreach (var itemId in view.ItemIds)
        {
            var own = roots[itemId].Select(r => nodes[r.Id]).ToList();
            if (own.Count > 0 || SeesEverything(actor))
            {
                var item = await grains.GetGrain<IActionItemGrain>(itemId).GetAsync(Actor.System);
                items.Add(new TreeItem(itemId, item?.Ref ?? "", item?.Title ?? "", own));
            }
        }

        return new PlanTree(planId, view.Title, at, bound, items);
    }

    // Each indicator's aggregation, the items' targets before the plan's (the first naming an indicator wins).
    private async Task<IReadOnlyDictionary<string, string>> TargetsAsync(string planId, IEnumerable<string> itemIds)
    {
        var targets = new List<Target>();
        foreach (var itemId in itemIds)
        {
            targets.AddRange((await grains.GetGrain<IActionItemGrain>(itemId).GetAsync(Actor.System))?.Targets ?? []);
        }

        targets.AddRange((await grains.GetGrain<IPlanGrain>(planId).GetAsync(Actor.System))?.Targets ?? []);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            result.TryAdd(IndicatorNames.Of(target), Aggregations.Of(target));
        }

        return result;
    }
}
