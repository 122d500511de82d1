using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Assignments;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;

namespace Supervision.Host.Web.Plans;

/// <summary>A plan: its targets, its items and under each item its assignments; the office dispatches items from here.</summary>
public sealed class DetailModel(IGrainFactory grains, PlanListQuery plans, AssignmentLines lines, StatusHistory history, TimeProvider clock, Engine.Cascade.TreeQuery trees) : UiPage
{
    public PlanView Plan { get; private set; } = null!;

    public IReadOnlyList<ItemSummary> Items { get; private set; } = [];

    public ILookup<string, AssignmentLine> ByItem { get; private set; } = null!;

    public IReadOnlyList<AssignmentLine> All { get; private set; } = [];

    public IReadOnlyDictionary<string, ItemView> Views { get; private set; } = new Dictionary<string, ItemView>();

    /// <summary>Each item's assignments that were cascaded, with the tree below them (shown collapsed).</summary>
    public ILookup<string, Engine.Cascade.TreeNode> Cascaded { get; private set; } = Array.Empty<Engine.Cascade.TreeNode>().ToLookup(n => "");

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : Missing();

    /// <summary>The status chart as an image of its own (SVG): no script, and the page stays readable while it loads.</summary>
    public async Task<IActionResult> OnGetChartAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        var points = await history.RunAsync(All.Select(a => a.Id), HttpContext.RequestAborted);
        return Content(StatusChart.Svg(points, clock.GetUtcNow(), L), "image/svg+xml; charset=utf-8");
    }

    public async Task<IActionResult> OnPostDispatchAsync(string id, string item, string? op)
    {
        if (!await LoadAsync(id) || Items.All(i => i.Id != item))
        {
            return Missing();
        }

        if (await TryAsync(() => grains.GetGrain<IActionItemGrain>(item).DispatchAsync(null, Actor, Correlation(op)), L["已交办。", "Dispatched."]))
        {
            // Back to where the office was on the page, not to its top.
            return LocalRedirect($"/plans/{Uri.EscapeDataString(id)}#item-{Uri.EscapeDataString(item)}");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await grains.GetGrain<IPlanGrain>(id).GetAsync(Actor) is not { } plan)
        {
            return false;
        }

        Plan = plan;
        Items = await plans.ItemsAsync(Actor, id, HttpContext.RequestAborted);
        All = await lines.OfPlanAsync(Actor, id, HttpContext.RequestAborted);
        ByItem = All.ToLookup(l => l.ItemId);
        var views = await Task.WhenAll(Items.Select(i => grains.GetGrain<IActionItemGrain>(i.Id).GetAsync(Actor)));
        Cascaded = await CascadedAsync(id);
        Views = views.OfType<ItemView>().ToDictionary(v => v.Id, StringComparer.Ordinal);
        return true;
    }

    private async Task<ILookup<string, Engine.Cascade.TreeNode>> CascadedAsync(string id)
    {
        try
        {
            var tree = await trees.PlanAsync(id, null, null, Actor, HttpContext.RequestAborted);
            return tree.Items.SelectMany(i => i.Assignments.Where(a => a.Children.Count > 0).Select(a => (i.ItemId, a))).ToLookup(p => p.ItemId, p => p.a);
        }
        catch (Engine.Errors.SupervisionException e) when (e.Kind == Engine.Errors.FailureKind.NotFound)
        {
            return Array.Empty<Engine.Cascade.TreeNode>().ToLookup(n => "");
        }
    }
}
