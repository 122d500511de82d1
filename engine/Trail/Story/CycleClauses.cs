using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Trail.Words;

namespace Supervision.Engine.Trail.Story;

/// <summary>What the events of an assignment's cycle say, after who did it: "签收自治区人社厅（牵头单位）的任务，责任人 王晓明".</summary>
internal static class CycleClauses
{
    public static Word? Of(IDomainEvent e, Word t, StoryNames n) => e switch
    {
        AssignmentOpened { Opening: var o } => new(
            $"向{n.Agency(o.AgencyId)}下发任务（{PartyWords.Part(o.Role).Zh}）：{o.ItemRef} {o.ItemTitle}，签收期限 {n.Time(o.AcknowledgeBy)}{Due(o.DueBy, n, "，办结期限 ", "")}{(o.Major ? "，列为重大事项" : "")}",
            $"opened the assignment for {n.Agency(o.AgencyId)} ({PartyWords.Part(o.Role).En}): {o.ItemRef} {o.ItemTitle}; acknowledge by {n.Time(o.AcknowledgeBy)}{Due(o.DueBy, n, "", "; complete by ")}{(o.Major ? "; marked major" : "")}"),
        AssignmentAcknowledged { Responsible: var r } => new(
            $"签收{t.Zh}的任务，责任人 {r.Name}{Phrase.Contact(r.Phone, r.Email, "（", "）", "，")}",
            $"acknowledged the assignment of {t.En}; responsible: {r.Name}{Phrase.Contact(r.Phone, r.Email, " (", ")", ", ")}"),
        AssignmentDisputed d => new($"对{t.Zh}的任务提出异议，理由：{Phrase.Cut(d.Reason)}", $"disputed the assignment of {t.En}: {Phrase.Cut(d.Reason)}"),
        DisputeRejected d => new($"驳回{t.Zh}的异议，任务继续办理{Phrase.Note(d.Note)}", $"rejected the dispute of {t.En}; the work stays with it{Phrase.NoteEn(d.Note)}"),
        DisputeUpheldWithdrawn d => new($"认可{t.Zh}的异议并撤回任务{Phrase.Note(d.Note)}", $"upheld the dispute of {t.En} and withdrew the assignment{Phrase.NoteEn(d.Note)}"),
        DisputeUpheldReassigned d => new(
            $"认可{t.Zh}的异议，改由{n.Agency(d.ToAgencyId)}办理{Phrase.Note(d.Note)}",
            $"upheld the dispute of {t.En}; the work goes to {n.Agency(d.ToAgencyId)}{Phrase.NoteEn(d.Note)}"),
        ReportSubmitted r => new(
            $"为{t.Zh}报送第 {r.Number} 次进展报告{(r.Period is { } p ? $"（报告期 {p}）" : "")}：{Phrase.Cut(r.Narrative)}{Figures(r, "；指标：", "、")}",
            $"submitted progress report {r.Number} for {t.En}{(r.Period is { } q ? $" (period {q})" : "")}: {Phrase.Cut(r.Narrative)}{Figures(r, "; figures: ", ", ")}"),
        ReportAccepted r => new($"采纳{t.Zh}的第 {r.Number} 次进展报告{Phrase.Note(r.Note)}", $"accepted progress report {r.Number} of {t.En}{Phrase.NoteEn(r.Note)}"),
        ReportReturned r => new($"退回{t.Zh}的第 {r.Number} 次进展报告，理由：{Phrase.Cut(r.Reason)}", $"returned progress report {r.Number} of {t.En}: {Phrase.Cut(r.Reason)}"),
        ContributionSubmitted c => new($"为{t.Zh}报送配合材料：{Phrase.Cut(c.Text)}", $"submitted the contribution of {t.En}: {Phrase.Cut(c.Text)}"),
        AssignmentWaived w => new($"免除{t.Zh}的配合任务{Phrase.Reason(w.Reason)}", $"waived the contribution of {t.En}{Phrase.ReasonEn(w.Reason)}"),
        CompletionSubmitted c => new(
            $"为{t.Zh}申请办结：{Phrase.Cut(c.Evidence)}；审核期限 {n.Time(c.ReviewBy)}",
            $"submitted the completion of {t.En}: {Phrase.Cut(c.Evidence)}; to be reviewed by {n.Time(c.ReviewBy)}"),
        CompletionApproved c => new($"审核通过{t.Zh}的办结申请{Phrase.Note(c.Note)}", $"approved the completion of {t.En}{Phrase.NoteEn(c.Note)}"),
        CompletionReturned c => new(
            $"退回{t.Zh}的办结申请，理由：{Phrase.Cut(c.Reason)}；整改期限 {n.Time(c.ReworkBy)}",
            $"returned the completion of {t.En}: {Phrase.Cut(c.Reason)}; rework by {n.Time(c.ReworkBy)}"),
        AssignmentWithdrawn w => new($"撤回{t.Zh}的任务{Phrase.Reason(w.Reason)}", $"withdrew the assignment of {t.En}{Phrase.ReasonEn(w.Reason)}"),
        _ => null,
    };

    private static string Due(DateTimeOffset? at, StoryNames n, string zh, string en) =>
        at is { } due ? (zh.Length > 0 ? zh : en) + n.Time(due) : "";

    private static string Figures(ReportSubmitted r, string lead, string separator) =>
        r.Indicators.Count == 0 ? "" : lead + string.Join(separator, r.Indicators.Select(i => $"{i.Name} {Phrase.Number(i.Value)}{(i.Unit is { Length: > 0 } u ? " " + u : "")}"));
}
