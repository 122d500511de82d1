using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Engine.Errors;
using Supervision.Engine.Trail;
using Supervision.Host.Auth;

namespace Supervision.Host.Web;

/// <summary>What every page shares: who reads, a refusal shown in the reader's language, and a 404 or 403 that shows nothing of what was asked for.</summary>
public abstract class UiPage : PageModel
{
    /// <summary>The refusal of the last command, in the reader's language; shown at the top of the page.</summary>
    public string? Problem { get; set; }

    /// <summary>The refusal behind <see cref="Problem"/>: the refused form shows it beside its field (see <c>Web/Forms</c>).</summary>
    public SupervisionException? Refusal { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public Actor Actor => User.Actor();

    /// <summary>Agency names by id, as the reader may know them; an id shows itself when unknown.</summary>
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public string NameOf(string agencyId) => Names.GetValueOrDefault(agencyId, agencyId);

    /// <summary>Every agency with its kind, for the pickers (see <c>Web/Forms/_AgencyOptions</c>).</summary>
    public IReadOnlyList<Engine.Agencies.AgencySummary> AgencyList { get; private set; } = [];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        HttpContext.Items[typeof(UiPage)] = this;
        if (User.Identity?.IsAuthenticated == true)
        {
            var agencies = await HttpContext.RequestServices.GetRequiredService<Engine.Agencies.AgencyListQuery>().RunAsync(Actor, HttpContext.RequestAborted);
            AgencyList = agencies;
            Names = agencies.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        }

        // A refusal of what the reader may not see or does not exist becomes the site's own 403 or 404 page, never an error page.
        var executed = await next();
        if (executed is { Exception: SupervisionException { Kind: FailureKind.Forbidden or FailureKind.NotFound } refusal, ExceptionHandled: false })
        {
            executed.Result = StatusCode(refusal.Kind == FailureKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound);
            executed.ExceptionHandled = true;
        }
    }

    /// <summary>The page of this request: what a partial's tag helpers see, whose own model is the partial's (a form in a partial still finds its refusal).</summary>
    public static UiPage? Of(HttpContext http) => http?.Items.TryGetValue(typeof(UiPage), out var page) == true ? page as UiPage : null;

    public bool IsAgency => Actor.Role == Engine.Access.Roles.Agency;

    public bool IsOffice => Actor.Role is Engine.Access.Roles.Coordinator;

    protected Lang L => HttpContext.RequestServices.GetRequiredService<Lang>();

    /// <summary>The id a form carries so that pressing its button twice records one event (the grain skips a correlation id it has applied).</summary>
    public static string NewOperation() => Guid.NewGuid().ToString("n");

    protected string Correlation(string? operation) =>
        $"ui:{Actor.UserId}:{(operation is { Length: > 0 and <= 64 } ? operation : NewOperation())}";

    /// <summary>A 404 that says nothing of what was asked for; the status-code pages show it inside the layout (<c>Error.cshtml</c>).</summary>
    protected IActionResult Missing() => NotFound();

    /// <summary>Runs a command; a refusal becomes the page's problem instead of an error page.</summary>
    protected async Task<bool> TryAsync(Func<Task> command, string done)
    {
        try
        {
            await command();
            Done = done;
            return true;
        }
        catch (SupervisionException e)
        {
            Refuse(e);
            return false;
        }
    }

    /// <summary>Shows a refusal: at the top of the page without naming any field the API's way; the refused form names it by its label.</summary>
    protected void Refuse(SupervisionException refusal)
    {
        Refusal = refusal;
        Problem = Forms.FieldWords.Sentence(L, refusal, null);
    }
}
