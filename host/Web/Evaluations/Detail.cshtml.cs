using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Evaluation;
using Supervision.Host.Evaluations;
using Supervision.Workflows.Scoring;

namespace Supervision.Host.Web.Evaluations;

/// <summary>
/// An evaluation: the ranking as a chart and a table, each agency's criteria and every point lost with the event behind
/// it, the commendation and circulation lists; the office freezes it and marks model practices; an agency sees its own.
/// </summary>
public sealed class DetailModel(IGrainFactory grains) : UiPage
{
    public EvaluationView View { get; private set; } = null!;

    public string Chart => ScoreChart.Svg(View.Sheet.Agencies, Names, L.English);

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : Missing();

    public Task<IActionResult> OnPostFreezeAsync(string id, DateTimeOffset? asOf, string? op) =>
        RunAsync(id, () => grains.GetGrain<IEvaluationGrain>(id).FreezeAsync(asOf, Actor, Correlation(op)), L["考核结果已冻结。", "Evaluation frozen."]);

    public Task<IActionResult> OnPostPracticeAsync(string id, string? assignment, int report, string? note, string? op) =>
        RunAsync(id, () => grains.GetGrain<IModelPracticeGrain>(assignment ?? "").MarkModelPracticeAsync(report, note, Actor, Correlation(op)),
            L["已标记为典型经验。", "Marked as a model practice."]);

    public string Criterion(string key) => L.English ? Criteria.Name(key).En : Criteria.Name(key).Zh;

    public static string Points(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<IActionResult> RunAsync(string id, Func<Task> command, string done)
    {
        if (await TryAsync(command, done))
        {
            return RedirectToPage(new { id });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(id) ? Page() : Missing();
    }

    private async Task<bool> LoadAsync(string id)
    {
        View = (await grains.GetGrain<IEvaluationGrain>(id).GetAsync(Actor))!;
        return View is not null;
    }
}
