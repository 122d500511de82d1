using Supervision.Engine.Notices;

namespace Supervision.Host.Web.Agencies;

/// <summary>A notice's kind as the office names it (交办通知, 催办通知 …); an unknown kind says just 通知.</summary>
public static class NoticeKindWords
{
    private static readonly Dictionary<string, (string Zh, string En)> Words = new(StringComparer.Ordinal)
    {
        [NoticeKinds.Dispatch] = ("交办通知", "dispatch notice"),
        [NoticeKinds.Acknowledged] = ("签收回执", "acknowledgement"),
        [NoticeKinds.Reminder] = ("提醒通知", "reminder"),
        [NoticeKinds.Urging] = ("催办通知", "urging notice"),
        [NoticeKinds.SupervisionSlip] = ("督办单", "supervision slip"),
        [NoticeKinds.Interview] = ("约谈通知", "interview notice"),
        [NoticeKinds.PublicNotice] = ("通报", "public notice"),
        [NoticeKinds.ReportAccepted] = ("报告采纳通知", "report accepted"),
        [NoticeKinds.ReportReturned] = ("报告退回通知", "report returned"),
        [NoticeKinds.CompletionApproved] = ("办结审核通过通知", "completion approved"),
        [NoticeKinds.CompletionReturned] = ("办结退回通知", "completion returned"),
        [NoticeKinds.DisputeDecided] = ("异议处理结果", "dispute decided"),
        [NoticeKinds.ExtensionDecided] = ("延期审批结果", "extension decided"),
        [NoticeKinds.Digest] = ("待办汇总", "digest"),
        [NoticeKinds.MajorIssue] = ("重大问题通知", "major issue notice"),
    };

    public static string Of(string kind, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        return Words.TryGetValue(kind ?? "", out var w) ? lang[w.Zh, w.En] : lang["通知", "notice"];
    }
}
