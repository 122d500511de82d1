using Supervision.Engine.Assignments;
using Supervision.Engine.Obligations;
using Supervision.Workflows.Cycle;

namespace Supervision.Host.Web.Assignments;

/// <summary>
/// The one line at the top of an assignment page: who holds it now and what they must do by when — the office, when a
/// report or a completion waits for its review (and the agency cannot move until it is done), or the agency itself.
/// </summary>
public static class HolderLine
{
    public static string Of(Lang lang, AssignmentView v, Report? pending, bool readerIsTheAgency, string agencyName)
    {
        ArgumentNullException.ThrowIfNull(lang);
        ArgumentNullException.ThrowIfNull(v);
        var who = readerIsTheAgency ? lang["本单位", "your agency"] : agencyName;
        string Due(DateTimeOffset? at) => at is null ? lang["未定期限", "no due date"] : lang[$"期限 {lang.Time(at)}", $"due {lang.Time(at)}"];
        var then = v.Role == AssignmentRole.Lead ? lang["申请办结", "submit completion"] : lang["报送配合材料", "submit the contribution"];
        var line = v.Status switch
        {
            AssignmentStatus.Dispatched => lang[$"由{who}签收（或提出异议），{Due(v.AcknowledgeBy)}", $"Held by {who}: acknowledge (or dispute), {Due(v.AcknowledgeBy)}"],
            AssignmentStatus.Disputed => lang[$"等待督查办处理异议（{Due(Settle(v))}）", $"Waiting for the office to settle the dispute ({Due(Settle(v))})"],
            AssignmentStatus.InProgress when pending is not null => lang[
                $"等待督查办审核第 {pending.Number} 次进展报告（{lang.Time(pending.SubmittedAt)} 报送）；审核后由{who}{then}，{Due(v.DueAt)}",
                $"Waiting for the office to review progress report {pending.Number} (submitted {lang.Time(pending.SubmittedAt)}); then {who} may {then}, {Due(v.DueAt)}"],
            AssignmentStatus.InProgress => lang[$"由{who}{then}，{Due(v.DueAt)}", $"Held by {who}: {then}, {Due(v.DueAt)}"],
            AssignmentStatus.UnderReview => lang[$"等待督查办审核办结申请（审核期限 {lang.Time(v.ReviewBy)}）", $"Waiting for the office to review the completion (review by {lang.Time(v.ReviewBy)})"],
            AssignmentStatus.Rework => lang[$"由{who}按退回意见整改后重新申请办结，{Due(v.ReworkBy)}", $"Held by {who}: rework as asked and submit again, {Due(v.ReworkBy)}"],
            _ => lang["已结束，无需办理", "Closed: nothing to do"],
        };
        var extra = v.Owed.Where(o => o.OwedBy == v.AgencyId && o.Period is not null).ToList();
        if (AssignmentCycle.IsOpen(v.Status) && extra.Count > 0)
        {
            var first = extra.Where(o => o.DueAt is not null).MinBy(o => o.DueAt)?.DueAt;
            line += lang[$"；另有 {extra.Count} 项报送或整改待{who}办理，最早{Due(first)}", $"; {who} also owes {extra.Count} reports or rectifications, the first {Due(first)}"];
        }

        return v.PendingExtension is null ? line : line + lang["；延期申请待督查办审批", "; an extension request waits for the office"];
    }

    private static DateTimeOffset? Settle(AssignmentView v) => v.Owed.FirstOrDefault(o => ObligationKinds.SettleDispute.Is(o.Kind))?.DueAt;
}
