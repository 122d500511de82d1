namespace Supervision.Engine.Trail.Words;

/// <summary>
/// The title of every event type the engine writes, as people say it: the one list read by the trail page and its CSV, the
/// assignment's history and the evaluation's point lines. An unknown type (a newer event) shows its own name.
/// </summary>
public static class EventTitles
{
    private static readonly Dictionary<string, Word> Titles = new(StringComparer.Ordinal)
    {
        ["AssignmentOpened"] = new("任务下发", "Assignment opened"),
        ["AssignmentAcknowledged"] = new("签收", "Acknowledged"),
        ["AssignmentDisputed"] = new("提出异议", "Disputed"),
        ["DisputeRejected"] = new("驳回异议", "Dispute rejected"),
        ["DisputeUpheldWithdrawn"] = new("认可异议并撤回", "Dispute upheld, withdrawn"),
        ["DisputeUpheldReassigned"] = new("认可异议并改派", "Dispute upheld, reassigned"),
        ["ReportSubmitted"] = new("报送进展", "Report submitted"),
        ["ReportPeriodOpened"] = new("调度：新增报送期", "Round opened a report period"),
        ["ReportsScheduled"] = new("报告周期确定", "Report periods set"),
        ["ReportAccepted"] = new("采纳报告", "Report accepted"),
        ["ReportReturned"] = new("退回报告", "Report returned"),
        ["ContributionSubmitted"] = new("报送配合材料", "Contribution submitted"),
        ["AssignmentWaived"] = new("免除配合", "Waived"),
        ["CompletionSubmitted"] = new("申请办结", "Completion submitted"),
        ["CompletionApproved"] = new("审核通过", "Completion approved"),
        ["CompletionReturned"] = new("退回整改", "Completion returned"),
        ["AssignmentWithdrawn"] = new("撤回任务", "Withdrawn"),
        ["EscalationReached"] = new("督办升级", "Escalation step reached"),
        ["ExtensionRequested"] = new("申请延期", "Extension requested"),
        ["ExtensionApproved"] = new("批准延期", "Extension approved"),
        ["ExtensionRejected"] = new("驳回延期", "Extension rejected"),
        ["InterviewRecorded"] = new("约谈记录", "Interview recorded"),
        ["CommitmentFulfilled"] = new("整改承诺兑现", "Commitment fulfilled"),
        ["AssignmentCascaded"] = new("分解交办", "Cascaded"),
        ["CascadeLinked"] = new("下级任务开启", "Sub-assignment opened"),
        ["EscalationPassedUp"] = new("逐级上报", "Escalated up the chain"),
        ["ChildSettled"] = new("下级任务办结", "Sub-assignment closed"),
        ["ParentClosed"] = new("上级任务撤回", "Assignment above closed"),
        ["MajorIssueRaised"] = new("报告重大问题", "Major issue raised"),
        ["MajorIssueClosed"] = new("重大问题销号", "Major issue closed"),
        ["ItemDefined"] = new("事项登记", "Item defined"),
        ["ItemEdited"] = new("事项修改", "Item edited"),
        ["ItemDispatched"] = new("事项交办", "Item dispatched"),
        ["ItemAssignmentAdded"] = new("增加承办单位", "Agency added"),
        ["ItemCompleted"] = new("事项办结", "Item completed"),
        ["ItemWithdrawn"] = new("事项撤回", "Item withdrawn"),
        ["FindingRecorded"] = new("记录督导问题", "Finding recorded"),
        ["FindingRectified"] = new("报送整改情况", "Finding rectified"),
        ["FindingReturned"] = new("整改退回", "Rectification returned"),
        ["FindingClosed"] = new("问题销号", "Finding closed"),
        ["ModelPracticeMarked"] = new("标记典型经验", "Model practice marked"),
        ["CampaignOpened"] = new("开展专项督导", "Campaign opened"),
        ["CampaignClosed"] = new("专项督导结束", "Campaign closed"),
        ["EvaluationOpened"] = new("新建考核", "Evaluation set up"),
        ["AgencyScoreFrozen"] = new("单位得分冻结", "Agency score frozen"),
        ["EvaluationFrozen"] = new("考核结果冻结", "Evaluation frozen"),
        ["PlanCreated"] = new("方案登记", "Plan created"),
        ["PlanItemAdded"] = new("方案增列事项", "Item added to the plan"),
        ["PlanTargetsSet"] = new("方案目标调整", "Plan targets set"),
        ["RoundOpened"] = new("开展调度", "Round opened"),
        ["AgencyRegistered"] = new("单位登记", "Agency registered"),
        ["AgencyAliasesChanged"] = new("单位别名修改", "Agency aliases changed"),
        ["AgencyContactsChanged"] = new("单位联系人修改", "Agency contacts changed"),
        ["AgencyParentChanged"] = new("上级单位变更", "Agency parent changed"),
        ["AgencyRenamed"] = new("单位更名", "Agency renamed"),
        ["NoticeSent"] = new("通知已发送", "Notice sent"),
        ["NoticeFailed"] = new("通知发送失败", "Notice failed"),
        ["NoticeUnaddressed"] = new("通知无收件地址", "Notice unaddressed"),
        ["AccessAudited"] = new("访问审计", "Access audited"),
    };

    public static Word Of(string type) => Titles.GetValueOrDefault(type) ?? Word.Unknown(type);

    /// <summary>Every type with a title: a test holds it against the event types the engine defines.</summary>
    public static IReadOnlyCollection<string> Types => Titles.Keys;
}
