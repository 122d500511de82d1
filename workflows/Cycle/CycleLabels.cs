namespace Supervision.Workflows.Cycle;

/// <summary>Display names of statuses and moves, in Chinese (any culture starting with "zh") or English (anything else).</summary>
public static class CycleLabels
{
    /// <summary>The label of a status, for example 办理中 or "In progress".</summary>
    public static string Status(AssignmentStatus status, string culture) => IsChinese(culture)
        ? status switch
        {
            AssignmentStatus.Dispatched => "已下发",
            AssignmentStatus.Disputed => "有异议",
            AssignmentStatus.InProgress => "办理中",
            AssignmentStatus.UnderReview => "待审核",
            AssignmentStatus.Rework => "整改中",
            AssignmentStatus.Completed => "已办结",
            AssignmentStatus.Contributed => "已配合",
            AssignmentStatus.Waived => "已免除",
            AssignmentStatus.Withdrawn => "已撤回",
            AssignmentStatus.Reassigned => "已改派",
            _ => status.ToString(),
        }
        : status switch
        {
            AssignmentStatus.Dispatched => "Dispatched",
            AssignmentStatus.Disputed => "Disputed",
            AssignmentStatus.InProgress => "In progress",
            AssignmentStatus.UnderReview => "Under review",
            AssignmentStatus.Rework => "Rework",
            AssignmentStatus.Completed => "Completed",
            AssignmentStatus.Contributed => "Contributed",
            AssignmentStatus.Waived => "Waived",
            AssignmentStatus.Withdrawn => "Withdrawn",
            AssignmentStatus.Reassigned => "Reassigned",
            _ => status.ToString(),
        };

    /// <summary>The label of a move, for example 签收 or "Acknowledge".</summary>
    public static string Trigger(CycleTrigger trigger, string culture) => IsChinese(culture)
        ? trigger switch
        {
            CycleTrigger.Acknowledge => "签收",
            CycleTrigger.Dispute => "提出异议",
            CycleTrigger.RejectDispute => "驳回异议",
            CycleTrigger.UpholdDisputeWithdraw => "认可异议并撤回",
            CycleTrigger.UpholdDisputeReassign => "认可异议并改派",
            CycleTrigger.SubmitReport => "报送进展",
            CycleTrigger.AcceptReport => "采纳报告",
            CycleTrigger.ReturnReport => "退回报告",
            CycleTrigger.Contribute => "报送配合材料",
            CycleTrigger.Waive => "免除配合",
            CycleTrigger.SubmitCompletion => "申请办结",
            CycleTrigger.ApproveCompletion => "审核通过",
            CycleTrigger.ReturnCompletion => "退回整改",
            CycleTrigger.Withdraw => "撤回",
            _ => trigger.ToString(),
        }
        : trigger switch
        {
            CycleTrigger.Acknowledge => "Acknowledge",
            CycleTrigger.Dispute => "Dispute",
            CycleTrigger.RejectDispute => "Reject dispute",
            CycleTrigger.UpholdDisputeWithdraw => "Uphold dispute and withdraw",
            CycleTrigger.UpholdDisputeReassign => "Uphold dispute and reassign",
            CycleTrigger.SubmitReport => "Submit report",
            CycleTrigger.AcceptReport => "Accept report",
            CycleTrigger.ReturnReport => "Return report",
            CycleTrigger.Contribute => "Contribute",
            CycleTrigger.Waive => "Waive",
            CycleTrigger.SubmitCompletion => "Submit completion",
            CycleTrigger.ApproveCompletion => "Approve completion",
            CycleTrigger.ReturnCompletion => "Return completion",
            CycleTrigger.Withdraw => "Withdraw",
            _ => trigger.ToString(),
        };

    private static bool IsChinese(string culture) =>
        culture is not null && culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
