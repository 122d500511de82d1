using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Targets;

namespace Supervision.Host.Web.Targets;

/// <summary>
/// An agency reports its cumulative indicator values for a period: one field per indicator of the plan's and the item's
/// targets (and one free row), sent as a progress report with those values.
/// </summary>
public sealed class IndicatorsModel(IGrainFactory grains) : UiPage
{
    public AssignmentView View { get; private set; } = null!;

    /// <summary>The indicators asked for: name and unit, plan targets first, each name once.</summary>
    public IReadOnlyList<(string Name, string? Unit, string Text)> Asked { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : Missing();

    public async Task<IActionResult> OnPostAsync(string id, string? narrative, string? period, string[]? name, string[]? value, string[]? unit, string? op)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        var indicators = new List<Indicator>();
        for (var i = 0; i < (name?.Length ?? 0); i++)
        {
            var text = value?.ElementAtOrDefault(i);
            if (string.IsNullOrWhiteSpace(name![i]) || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                Problem = L[$"「{name[i]}」的数值须为数字。", $"The value of \"{name[i]}\" must be a number."];
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            indicators.Add(new Indicator(name[i].Trim(), number, string.IsNullOrWhiteSpace(unit?.ElementAtOrDefault(i)) ? null : unit![i].Trim()));
        }

        if (await TryAsync(
            () => grains.GetGrain<IAssignmentGrain>(id).SubmitReportAsync(narrative ?? "", indicators, Actor, Correlation(op), string.IsNullOrEmpty(period) ? null : period),
            L["已报送。", "Reported."]))
        {
            return Redirect($"/assignments/{id}");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await grains.GetGrain<IAssignmentGrain>(id).GetAsync(Actor) is not { } view)
        {
            return false;
        }

        View = view;
        var plan = await grains.GetGrain<IPlanGrain>(view.PlanId).GetAsync(Actor);
        var item = await grains.GetGrain<IActionItemGrain>(view.ItemId).GetAsync(Actor);
        Asked = [.. (plan?.Targets ?? []).Concat(item?.Targets ?? [])
            .Select(t => (IndicatorNames.Of(t), t.Unit, t.Text))
            .DistinctBy(t => t.Item1, StringComparer.Ordinal)];
        return true;
    }
}
