using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Access;
using Supervision.Engine.Audit;
using Supervision.Engine.Errors;
using Supervision.Workflows.Calendar;

namespace Supervision.Host.Web.Audit;

/// <summary>The access audit for the administrator and the inspectors: filtered by user, kind and local dates, newest first.</summary>
public sealed class IndexModel(AuditQuery audit, UserStore users, DueTimes due) : UiPage
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public IReadOnlyList<AuditRecord> Entries { get; private set; } = [];

    public IReadOnlyList<User> People { get; private set; } = [];

    public IReadOnlyDictionary<string, string> DisplayNames { get; private set; } = new Dictionary<string, string>();

    public TimeZoneInfo Zone => due.Zone;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!AuditQuery.MayRead(Actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        People = await users.ListAsync(HttpContext.RequestAborted);
        DisplayNames = People.ToDictionary(u => u.Id, u => u.DisplayName, StringComparer.Ordinal);
        try
        {
            var filter = AuditFilter.Parse(UserName, Kind, From, To, 0, Limits.AuditPage, due.Zone);
            Entries = await audit.ListAsync(Actor, filter, HttpContext.RequestAborted);
        }
        catch (SupervisionException e) when (e.Kind == FailureKind.Invalid)
        {
            Refuse(e);
            Problem = Forms.FieldWords.Sentence(L, e, Label(e.Field));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    // The filter's fields by the labels the reader sees beside them.
    private string? Label(string? field) => field switch
    {
        "user" => L["用户", "User"],
        "kind" => L["类别", "Kind"],
        "from" => L["起始日期", "From"],
        "to" => L["截止日期", "To"],
        _ => null,
    };

    /// <summary>Who acted, as people read it: the system, or a user's display name.</summary>
    public string ActorName(AuditRecord entry) =>
        entry.ActorId == Engine.Trail.Actor.System.UserId ? L["系统", "The system"] : DisplayNames.GetValueOrDefault(entry.ActorId, entry.User ?? "—");

    public string LocalTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, due.Zone).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
