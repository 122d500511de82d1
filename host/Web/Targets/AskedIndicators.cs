using Supervision.Engine.Assignments;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Targets;
using Supervision.Engine.Trail;

namespace Supervision.Host.Web.Targets;

/// <summary>An indicator the progress-report form asks for: its name, unit, and the target's own words.</summary>
public sealed record AskedIndicator(string Name, string? Unit, string Text)
{
    /// <summary>The plan's targets, then the item's, each indicator once.</summary>
    public static async Task<IReadOnlyList<AskedIndicator>> ForAsync(IGrainFactory grains, AssignmentView view, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(view);
        var plan = await grains.GetGrain<IPlanGrain>(view.PlanId).GetAsync(actor);
        var item = await grains.GetGrain<IActionItemGrain>(view.ItemId).GetAsync(actor);
        return [.. (plan?.Targets ?? []).Concat(item?.Targets ?? [])
            .Select(t => new AskedIndicator(IndicatorNames.Of(t), t.Unit, t.Text))
            .DistinctBy(t => t.Name, StringComparer.Ordinal)];
    }
}
