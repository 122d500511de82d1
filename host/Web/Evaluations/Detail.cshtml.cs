using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Evaluation;
using Supervision.Host.Evaluations;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Scoring;
using static Supervision.Engine.Access.Access;

namespace Supervision.Host.Web.Evaluations;

/// <summary>
/// An evaluation: the ranking as a chart and a table, each agency's criteria and every point lost with the event behind
/// it, the commendation and circulation lists; the office freezes it as of a local time; an agency sees its own.
/// Model practices are marked from the report on the assignment's page.
/// </summary>
public sealed class DetailModel(IGrainFactory grains, SchemeCatalog schemes, DueTimes due) : UiPage
{
    public EvaluationView View { get; private set; } = null!;

    public string Chart => ScoreChart.Svg(View.Sheet.Agencies, Names, L.English);

    public string Scheme => SchemeWords.Of(schemes, View.SchemeId, View.SchemeVersion, L);

    public string ZoneName => due.Zone.Id;

    public string ScopeWords => ScopeSentence.Of(View.ScopeAgencyId, Names, L);

    /// <summary>Whether the reader freezes it: the office, or for a scoped evaluation an agency user of the scope agency (or one above it).</summary>
    public bool Runs { get; private set; }

    /// <summary>The freeze time as typed, kept when the freeze is refused.</summary>
    public string? AsOfTyped { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : Missing();

    // The form's time is the office's wall clock (datetime-local carries no zone): converted here, never read as UTC or as the server's zone.
    public Task<IActionResult> OnPostFreezeAsync(string id, string? asOf, string? op)
    {
        AsOfTyped = asOf;
        return RunAsync(id, () => grains.GetGrain<IEvaluationGrain>(id).FreezeAsync(LocalAsOf.Parse(asOf, due.Zone), Actor, Correlation(op)), L["考核结果已冻结。", "Evaluation frozen."]);
    }

    public string Criterion(string key) => L.English ? Criteria.Name(key).En : Criteria.Name(key).Zh;

    public EventRefPart Ref(EventRef e, string agencyId, string? itemRef) => new(e, NameOf(agencyId), itemRef, SeesAssignmentOf(Actor, agencyId));

    /// <summary>Points as people write them: 2, -1.5, and 0 never signed (a criterion with nothing lost is not "-0").</summary>
    public static string Points(double value)
    {
        var rounded = Math.Round(value, 2);
        return rounded == 0 ? "0" : rounded.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
    }

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
        Runs = IsOffice || (View?.ScopeAgencyId is { } scope && IsAgency
            && await HttpContext.RequestServices.GetRequiredService<EvaluationScope>().ReachAsync(Actor, scope, HttpContext.RequestAborted) == EvaluationReach.Runs);
        return View is not null;
    }
}
