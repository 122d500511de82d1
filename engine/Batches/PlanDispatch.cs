using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Batches;

/// <summary>
/// Dispatches several items of one plan in one command: the chosen ones, or every item not yet dispatched. Each item's
/// dispatch is the item grain's own intent (one event, never half done) under a correlation id derived from the
/// command's, so the command retried dispatches nothing twice; an item the grain refuses is reported, the others go on.
/// </summary>
public sealed class PlanDispatch(IGrainFactory grains, PlanListQuery plans)
{
    /// <summary>The items the command would dispatch, for the summary shown before it; refuses as <see cref="RunAsync"/> would.</summary>
    public async Task<IReadOnlyList<ItemSummary>> ChosenAsync(Actor actor, string planId, IReadOnlyList<string>? itemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireCoordinator(actor, "dispatch action items");
        _ = await grains.GetGrain<IPlanGrain>(planId).GetAsync(actor) ?? throw SupervisionException.NotFound("plan", planId);
        Access.Limits.Bounded(itemIds, "items", Access.Limits.ItemsPerPlan);
        var items = await plans.ItemsAsync(actor, planId, cancellationToken);
        if (itemIds is null)
        {
            return [.. items.Where(i => i.Status == "draft")];
        }

        var chosen = new List<ItemSummary>();
        for (var i = 0; i < itemIds.Count; i++)
        {
            var id = itemIds[i];
            chosen.Add(items.FirstOrDefault(x => x.Id == id)
                ?? throw SupervisionException.Invalid("plan.no_such_item", $"'items[{i}]' ('{id}') is not an item of plan '{planId}'.", $"items[{i}]").With("id", id ?? ""));
        }

        return [.. chosen.DistinctBy(i => i.Id)];
    }

    public async Task<IReadOnlyList<BatchOutcome>> RunAsync(
        Actor actor, string planId, IReadOnlyList<string>? itemIds, string? definitionId, string correlationId, CancellationToken cancellationToken = default)
    {
        var chosen = await ChosenAsync(actor, planId, itemIds, cancellationToken);
        var outcomes = new List<BatchOutcome>();
        foreach (var item in chosen)
        {
            outcomes.Add(await BatchOutcome.RunAsync(item.Id, $"{item.Ref} {item.Title}", null,
                () => grains.GetGrain<IActionItemGrain>(item.Id).DispatchAsync(definitionId, actor, $"{correlationId}:{item.Id}")));
        }

        return outcomes;
    }
}
