namespace Supervision.Host.Web;

/// <summary>Trail event types as people say them; an unknown type (a newer event) shows its own name.</summary>
public static class EventWords
{
    private static readonly Dictionary<string, (string Zh, string En)> Words = new(StringComparer.Ordinal)
    {
        ["AssignmentOpened"] = ("任务下发", "Assignment opened"),
        ["AssignmentAcknowledged"] = ("签收", "Acknowledged"),
        ["AssignmentDisputed"] = ("提出异议", "Disputed"),
        ["DisputeRejected"] = ("驳回异议", "Dispute rejected"),
        ["DisputeUpheldWithdrawn"] = ("认可异议并撤回", "Dispute upheld, withdrawn"),
        ["DisputeUpheldReassigned"] = ("认可异议并改派", "Dispute upheld, reassigned"),
        ["ReportSubmitted"] = ("报送进展", "Report submitted"),
        ["ReportPeriodOpened"] = ("调度：新增报送期", "Round opened a report period"),
        ["MajorIssueRaised"] = ("报告重大问题", "Major issue raised"),
        ["MajorIssueClosed"] = ("重大问题销号", "Major issue closed"),
        ["ReportAccepted"] = ("采纳报告", "Report accepted"),
        ["ReportReturned"] = ("退回报告", "Report returned"),
        ["ContributionSubmitted"] = ("报送配合材料", "Contribution submitted"),
        ["AssignmentWaived"] = ("免除配合", "Waived"),
        ["CompletionSubmitted"] = ("申请办结", "Completion submitted"),
        ["CompletionApproved"] = ("审核通过", "Completion approved"),
        ["CompletionReturned"] = ("退回整改", "Completion returned"),
        ["AssignmentWithdrawn"] = ("撤回任务", "Withdrawn"),
        ["EscalationReached"] = ("督办升级", "Escalation step reached"),
        ["ExtensionRequested"] = ("申请延期", "Extension requested"),
        ["ExtensionApproved"] = ("批准延期", "Extension approved"),
        ["ExtensionRejected"] = ("驳回延期", "Extension rejected"),
        ["InterviewRecorded"] = ("约谈记录", "Interview recorded"),
        ["CommitmentFulfilled"] = ("整改承诺兑现", "Commitment fulfilled"),
        ["ReportsScheduled"] = ("报告周期确定", "Report periods set"),
        ["ItemDefined"] = ("事项登记", "Item defined"),
        ["ItemEdited"] = ("事项修改", "Item edited"),
        ["ItemDispatched"] = ("事项交办", "Item dispatched"),
        ["ItemAssignmentAdded"] = ("增加承办单位", "Agency added"),
        ["ItemCompleted"] = ("事项办结", "Item completed"),
        ["ItemWithdrawn"] = ("事项撤回", "Item withdrawn"),
        ["FindingRecorded"] = ("记录督导问题", "Finding recorded"),
        ["FindingRectified"] = ("报送整改情况", "Finding rectified"),
        ["FindingReturned"] = ("整改退回", "Rectification returned"),
        ["FindingClosed"] = ("问题销号", "Finding closed"),
        ["ModelPracticeMarked"] = ("标记典型经验", "Model practice marked"),
        ["CampaignOpened"] = ("开展专项督导", "Campaign opened"),
        ["CampaignClosed"] = ("专项督导结束", "Campaign closed"),
        ["EvaluationOpened"] = ("新建考核", "Evaluation set up"),
        ["AgencyScoreFrozen"] = ("单位得分冻结", "Agency score frozen"),
        ["EvaluationFrozen"] = ("考核结果冻结", "Evaluation frozen"),
    };

    public static string Label(string type, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        return Words.TryGetValue(type, out var w) ? lang[w.Zh, w.En] : type;
    }

    public static string RoleName(string role, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        return role switch
        {
            Engine.Access.Roles.Coordinator => lang["督查办公室", "coordinator"],
            Engine.Access.Roles.Agency => lang["承办单位", "agency"],
            Engine.Access.Roles.Admin => lang["管理员", "admin"],
            Engine.Access.Roles.Inspector => lang["督查人员", "inspector"],
            Engine.Access.Roles.System => lang["系统", "system"],
            _ => role,
        };
    }
}
