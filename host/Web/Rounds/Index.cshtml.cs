using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Errors;
using Supervision.Engine.Rounds;

namespace Supervision.Host.Web.Rounds;

/// <summary>A plan's dispatch rounds: the office opens the next; a round's reported, late and waiting lists and what changed.</summary>
public sealed class IndexModel(IGrainFactory grains, RoundQuery query) : UiPage
{
    public string PlanId { get; private set; } = "";

    public IReadOnlyList<Round> Rounds { get; private set; } = [];

    public RoundStatus? Shown { get; private set; }

    /// <summary>Period names to pick from: this month and the next two, those without a round yet.</summary>
    public IEnumerable<string> NextPeriods
    {
        get
        {
            var now = (HttpContext.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetLocalNow();
            return Enumerable.Range(0, 3).Select(m => now.AddMonths(m).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
                .Where(p => Rounds.All(r => r.Period.Name != p));
        }
    }

    [BindProperty(SupportsGet = true)]
    public int? Number { get; set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : Missing();

    public async Task<IActionResult> OnPostOpenAsync(string id, string? period, DateOnly? start, DateOnly? end, DateOnly? due, string? op)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        if (await TryAsync(
            () => grains.GetGrain<IRoundGrain>(id).OpenAsync(period ?? "", start ?? default, end ?? default, due ?? default, Actor, Correlation(op)),
            L["已开启调度轮次。", "Round opened."]))
        {
            return RedirectToPage(new { id });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        try
        {
            PlanId = id;
            Rounds = await query.ListAsync(id, null, Actor, HttpContext.RequestAborted);
            var number = Number ?? (Rounds.Count > 0 ? Rounds[^1].Number : null);
            Shown = number is { } n && Rounds.Any(r => r.Number == n) ? await query.StatusAsync(id, n, null, Actor, HttpContext.RequestAborted) : null;
            return true;
        }
        catch (SupervisionException e) when (e.Kind == FailureKind.NotFound)
        {
            return false;
        }
    }
}
