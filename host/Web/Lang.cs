using Supervision.Engine.Errors;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Cycle;

namespace Supervision.Host.Web;

/// <summary>The reader's language for one request: Chinese unless the <c>lang</c> cookie says English. <c>L["签收", "Acknowledge"]</c> in a page.</summary>
public sealed class Lang(IHttpContextAccessor accessor, DueTimes due)
{
    public const string CookieName = "lang";

    public bool English { get; } = accessor.HttpContext?.Request.Cookies[CookieName] == "en";

    public string Code => English ? "en" : "zh";

    public string this[string chinese, string english] => English ? english : chinese;

    /// <summary>A refusal in the reader's language: the catalogue's Chinese sentence, or the engine's English one.</summary>
    public string Problem(SupervisionException refusal) => English ? refusal.Message : MessageCatalogue.Chinese(refusal);

    public string Status(AssignmentStatus status) => CycleLabels.Status(status, Code);

    public string Move(CycleTrigger trigger) => CycleLabels.Trigger(trigger, Code);

    public string ItemStatus(string status) => status switch
    {
        "draft" => this["待交办", "not dispatched"],
        "dispatched" => this["已交办", "dispatched"],
        "completed" => this["已办结", "completed"],
        "withdrawn" => this["已撤回", "withdrawn"],
        _ => status,
    };

    /// <summary>A major issue's or a finding's severity: the engine's one set of words (一般, 较重, 严重).</summary>
    public string Severity(string severity) => Engine.MajorIssues.Severities.Label(severity, Code);

    public string Role(AssignmentRole role) => role == AssignmentRole.Lead ? this["牵头", "Lead"] : this["配合", "Cooperating"];

    /// <summary>An instant as the office's clock showed it (for charts, which take a plain date and time).</summary>
    public DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, due.Zone).DateTime;

    public string Time(DateTimeOffset? at) =>
        at is { } t ? TimeZoneInfo.ConvertTime(t, due.Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
