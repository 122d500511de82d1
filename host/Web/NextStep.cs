using Supervision.Workflows.Cycle;

namespace Supervision.Host.Web;

/// <summary>What the agency should do next, in a few words, from where its assignment stands.</summary>
public static class NextStep
{
    public static string For(Lang lang, AssignmentStatus status, AssignmentRole role, int pendingReports = 0)
    {
        ArgumentNullException.ThrowIfNull(lang);
        return status switch
        {
            AssignmentStatus.Dispatched => lang["签收（或提出异议）", "Acknowledge (or dispute)"],
            AssignmentStatus.Disputed => lang["等待督查办处理异议", "Waiting for the office to settle the dispute"],
            AssignmentStatus.InProgress when pendingReports > 0 && role == AssignmentRole.Lead =>
                lang["等待督查办审核进展报告，审核后申请办结", "Waiting for the office to review a report; then submit completion"],
            AssignmentStatus.InProgress when pendingReports > 0 => lang["等待督查办审核进展报告", "Waiting for the office to review a report"],
            AssignmentStatus.InProgress when role == AssignmentRole.Lead => lang["报送进展，完成后申请办结", "Report progress; submit completion when done"],
            AssignmentStatus.InProgress => lang["报送配合材料", "Submit the contribution"],
            AssignmentStatus.UnderReview => lang["等待督查办审核办结申请", "Waiting for the office to review the completion"],
            AssignmentStatus.Rework => lang["按退回意见整改后重新申请办结", "Rework as asked and submit again"],
            _ => lang["无需办理", "Nothing to do"],
        };
    }
}
