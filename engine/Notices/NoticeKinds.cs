using Supervision.Workflows.Definition;

namespace Supervision.Engine.Notices;

/// <summary>The kinds of notice, each with a template per language (<c>notices/templates/{kind}.{lang}.liquid</c>).</summary>
public static class NoticeKinds
{
    public const string Dispatch = "dispatch";
    public const string Acknowledged = "acknowledged";
    public const string Reminder = "reminder";
    public const string Urging = "urging";
    public const string SupervisionSlip = "supervision_slip";
    public const string Interview = "interview";
    public const string PublicNotice = "public_notice";
    public const string ReportAccepted = "report_accepted";
    public const string ReportReturned = "report_returned";
    public const string CompletionApproved = "completion_approved";
    public const string CompletionReturned = "completion_returned";
    public const string DisputeDecided = "dispute_decided";
    public const string ExtensionDecided = "extension_decided";
    public const string Digest = "digest";
    public const string MajorIssue = "major_issue";

    /// <summary>A late sub-assignment told to an agency above it, or at the top to the office (层层压实).</summary>
    public const string ChainEscalation = "chain_escalation";

    public static IReadOnlyList<string> All { get; } =
    [
        Dispatch, Acknowledged, Reminder, Urging, SupervisionSlip, Interview, PublicNotice, ReportAccepted, ReportReturned,
        CompletionApproved, CompletionReturned, DisputeDecided, ExtensionDecided, Digest, MajorIssue, ChainEscalation,
    ];

    /// <summary>The notice a ladder step sends: remind → 提醒, urge → 催办, supervise → 督办单, interview → 约谈, notice → 通报.</summary>
    public static string ForStep(string step) => LadderSteps.Parse(step) switch
    {
        EscalationStepKind.Remind => Reminder,
        EscalationStepKind.Urge => Urging,
        EscalationStepKind.Supervise => SupervisionSlip,
        EscalationStepKind.Interview => Interview,
        EscalationStepKind.Notice => PublicNotice,
        _ => Urging,
    };
}
