using Microsoft.AspNetCore.Mvc;

namespace Supervision.Host.Web.Targets;

/// <summary>The old address of the indicator form: there is one progress-report form now, on the assignment page.</summary>
public sealed class IndicatorsModel : UiPage
{
    public IActionResult OnGet(string id) => Redirect($"/assignments/{Uri.EscapeDataString(id)}#form-report");
}
