using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Errors;
using Supervision.Engine.Targets;
using Supervision.Host.Targets;
using Supervision.Workflows.Calendar;

namespace Supervision.Host.Web.Targets;

/// <summary>A plan's targets against pace (chart and table), anomalies, open major issues and downloads, now or as of a past instant.</summary>
public sealed class ProgressModel(ProgressQuery query, DueTimes due) : UiPage
{
    public PlanProgress Progress { get; private set; } = null!;

    /// <summary>The <c>as_of</c> asked for, as given (the form shows it back).</summary>
    [BindProperty(SupportsGet = true, Name = "as_of")]
    public string? AsOfText { get; set; }

    public string Query => string.IsNullOrWhiteSpace(AsOfText) ? "" : $"&as_of={Uri.EscapeDataString(AsOfText)}";

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : Missing();

    /// <summary>The chart as an image of its own (SVG, no script).</summary>
    public async Task<IActionResult> OnGetChartAsync(string id) =>
        await LoadAsync(id) ? Content(TargetChart.Svg(Progress.Targets, L), "image/svg+xml; charset=utf-8") : Missing();

    private async Task<bool> LoadAsync(string id)
    {
        DateTimeOffset? at = null;
        try
        {
            at = AsOfOf(AsOfText);
        }
        catch (SupervisionException e)
        {
            (Problem, AsOfText) = (L.Problem(e), null);
        }

        try
        {
            Progress = await query.ProgressAsync(id, at, Actor, HttpContext.RequestAborted);
            return true;
        }
        catch (SupervisionException e) when (e.Kind == FailureKind.NotFound)
        {
            return false;
        }
    }

    // A date alone (the form's date field) is the start of that day in the office's zone, as the API's +08:00 would be.
    private DateTimeOffset? AsOfOf(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), due.Zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)))
            : AsOf.Parse(text);
}
