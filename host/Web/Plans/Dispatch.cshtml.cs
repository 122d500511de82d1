using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Batches;
using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;

namespace Supervision.Host.Web.Plans;

/// <summary>
/// Bulk dispatch, in one step with a look first: the items chosen on the plan page (or all not yet dispatched), each with
/// the agencies it will go to; one press dispatches them all, and what the engine refused is listed item by item.
/// </summary>
public sealed class DispatchModel(IGrainFactory grains, PlanDispatch dispatch) : UiPage
{
    public PlanView Plan { get; private set; } = null!;

    public IReadOnlyList<ItemView> Chosen { get; private set; } = [];

    public IReadOnlyList<BatchOutcome> Refused { get; private set; } = [];

    /// <summary>A group agency's members by the group's id: a group named on an item stands for them when it is dispatched.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Members { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The agencies an item's dispatch opens an assignment for: its lead and cooperating ones, groups by their members.</summary>
    public IReadOnlyList<string> Receivers(ItemView item) =>
        [.. (item?.Lead ?? []).Concat(item?.Cooperating ?? []).SelectMany(a => Members.GetValueOrDefault(a) ?? [a]).Distinct(StringComparer.Ordinal)];

    /// <summary>A name as the summary shows it: a group with the number of agencies it stands for.</summary>
    public string Shown(string agencyId) => Members.GetValueOrDefault(agencyId) is { } members
        ? L[$"{NameOf(agencyId)}（{members.Count} 个单位）", $"{NameOf(agencyId)} ({members.Count} agencies)"]
        : NameOf(agencyId);

    public async Task<IActionResult> OnGetAsync(string id, bool all, List<string>? items) =>
        await LoadAsync(id, all || items is not { Count: > 0 } ? null : items) ? Page() : Missing();

    public async Task<IActionResult> OnPostAsync(string id, List<string>? items, string? op)
    {
        if (!await LoadAsync(id, items ?? []))
        {
            return Missing();
        }

        var outcomes = await dispatch.RunAsync(Actor, id, [.. Chosen.Select(i => i.Id)], null, Correlation(op), HttpContext.RequestAborted);
        var done = outcomes.Count(o => o.Outcome == BatchOutcome.Done);
        Refused = [.. outcomes.Where(o => o.Outcome == BatchOutcome.Refused)];
        if (Refused.Count == 0)
        {
            Done = L[$"已交办 {done} 个事项。", $"{done} items dispatched."];
            return LocalRedirect($"/plans/{Uri.EscapeDataString(id)}");
        }

        Problem = L[$"已交办 {done} 个事项；{Refused.Count} 个事项未能交办，见下。", $"{done} items dispatched; {Refused.Count} could not be, see below."];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public string Why(BatchOutcome outcome) => outcome?.Refusal is { } e ? L.Problem(e) : outcome?.Message ?? "";

    private async Task<bool> LoadAsync(string id, IReadOnlyList<string>? items)
    {
        if (!IsOffice || await grains.GetGrain<IPlanGrain>(id).GetAsync(Actor) is not { } plan)
        {
            return false;
        }

        Plan = plan;
        try
        {
            var chosen = await dispatch.ChosenAsync(Actor, id, items, HttpContext.RequestAborted);
            var views = await Task.WhenAll(chosen.Select(i => grains.GetGrain<IActionItemGrain>(i.Id).GetAsync(Actor)));
            Chosen = [.. views.OfType<ItemView>()];
            var named = Chosen.SelectMany(i => i.Lead.Concat(i.Cooperating)).Distinct(StringComparer.Ordinal);
            var agencies = await Task.WhenAll(named.Select(a => grains.GetGrain<Engine.Agencies.IAgencyGrain>(a).GetAsync()));
            Members = agencies.OfType<Engine.Agencies.AgencyView>().Where(a => a is { IsGroup: true, Members.Count: > 0 })
                .ToDictionary(a => a.Id, a => a.Members, StringComparer.Ordinal);
            return true;
        }
        catch (SupervisionException e) when (e.Kind == FailureKind.Invalid)
        {
            return false;
        }
    }
}
