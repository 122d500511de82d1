using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Campaigns.Events;
using Supervision.Engine.Evaluation.Events;
using Supervision.Engine.MajorIssues.Events;
using Supervision.Engine.Rounds.Events;
using Supervision.Engine.Trail.Words;

namespace Supervision.Engine.Trail.Story;

/// <summary>What the events around an assignment's work say: the ladder, extensions, interviews, issues, findings, report periods.</summary>
internal static class WorkClauses
{
    public static Word? Of(IDomainEvent e, Word t, StoryNames n) => e switch
    {
        EscalationReached x => Escalation(x, t, n),
        ExtensionRequested x => new(
            $"为{t.Zh}的{Noun(x.Obligation).Zh}申请延期至 {StoryNames.Date(x.Date)}，理由：{Phrase.Cut(x.Reason)}",
            $"asked to extend the {Noun(x.Obligation).En} of {t.En} to {StoryNames.Date(x.Date)}: {Phrase.Cut(x.Reason)}"),
        ExtensionApproved x => new(
            $"批准{t.Zh}的{Noun(x.Obligation).Zh}延期至 {StoryNames.Date(x.Date)}（{n.Time(x.DueAt)} 截止）{Phrase.Note(x.Note)}",
            $"extended the {Noun(x.Obligation).En} of {t.En} to {StoryNames.Date(x.Date)} (due {n.Time(x.DueAt)}){Phrase.NoteEn(x.Note)}"),
        ExtensionRejected x => new(
            $"驳回{t.Zh}的{Noun(x.Obligation).Zh}延期申请，原期限不变，理由：{Phrase.Cut(x.Reason)}",
            $"refused to extend the {Noun(x.Obligation).En} of {t.En}; the due date stands: {Phrase.Cut(x.Reason)}"),
        InterviewRecorded x => Interview(x, t),
        CommitmentFulfilled x => new(
            $"报送{t.Zh}第 {x.Interview} 次约谈第 {x.Number} 项整改承诺的兑现情况：{Phrase.Cut(x.Evidence)}",
            $"reported commitment {x.Number} of interview {x.Interview} of {t.En} fulfilled: {Phrase.Cut(x.Evidence)}"),
        ReportsScheduled x => Periods(x, t, n),
        ReportPeriodOpened x => new(
            $"第 {x.Round} 次调度为{t.Zh}新增报告期 {x.Period.Name}（{StoryNames.Date(x.Period.Start)} 至 {StoryNames.Date(x.Period.End)}），报送期限 {n.Time(x.Period.DueAt)}",
            $"round {x.Round} opened report period {x.Period.Name} ({StoryNames.Date(x.Period.Start)} to {StoryNames.Date(x.Period.End)}) for {t.En}, due {n.Time(x.Period.DueAt)}"),
        MajorIssueRaised x => new(
            $"为{t.Zh}报告第 {x.Number} 个重大问题（{MajorIssues.Severities.Chinese(x.Severity)}）：{Phrase.Cut(x.Summary)}；需协调：{Phrase.Cut(x.Needs)}",
            $"raised major issue {x.Number} ({x.Severity}) for {t.En}: {Phrase.Cut(x.Summary)}; needs: {Phrase.Cut(x.Needs)}"),
        MajorIssueClosed x => new(
            $"将{t.Zh}的第 {x.Number} 个重大问题销号：{Phrase.Cut(x.Outcome)}", $"closed major issue {x.Number} of {t.En}: {Phrase.Cut(x.Outcome)}"),
        FindingRecorded x => new(
            $"在专项督导中记录{t.Zh}的第 {x.Number} 个问题（{MajorIssues.Severities.Chinese(x.Severity)}）：{Phrase.Cut(x.Text)}；整改期限 {StoryNames.Date(x.Due)}",
            $"recorded finding {x.Number} ({x.Severity}) on {t.En} in a campaign: {Phrase.Cut(x.Text)}; rectify by {StoryNames.Date(x.Due)}"),
        FindingRectified x => new(
            $"报送{t.Zh}第 {x.Number} 个督导问题的整改情况：{Phrase.Cut(x.Text)}", $"reported finding {x.Number} of {t.En} rectified: {Phrase.Cut(x.Text)}"),
        FindingReturned x => new(
            $"退回{t.Zh}第 {x.Number} 个督导问题的整改，理由：{Phrase.Cut(x.Reason)}；新的整改期限 {StoryNames.Date(x.Due)}",
            $"returned the rectification of finding {x.Number} of {t.En}: {Phrase.Cut(x.Reason)}; rectify by {StoryNames.Date(x.Due)}"),
        FindingClosed x => new($"将{t.Zh}的第 {x.Number} 个督导问题销号{Phrase.Note(x.Note)}", $"closed finding {x.Number} of {t.En}{Phrase.NoteEn(x.Note)}"),
        ModelPracticeMarked x => new(
            $"将{t.Zh}的第 {x.Report} 次进展报告（{x.ItemRef}）标记为典型经验：{Phrase.Cut(x.Excerpt)}{Phrase.Reason(x.Note)}",
            $"marked progress report {x.Report} of {t.En} ({x.ItemRef}) as a model practice: {Phrase.Cut(x.Excerpt)}{Phrase.ReasonEn(x.Note)}"),
        _ => null,
    };

    private static Word Noun(string obligation) => ObligationWords.Noun(obligation);

    // "系统将自治区人社厅（牵头单位）的签收升级为催办，通知联络员、责任人；该步骤于 2022-07-04 18:00 到期".
    private static Word Escalation(EscalationReached x, Word t, StoryNames n)
    {
        var (step, noun) = (LadderWords.Step(x.Step), Noun(x.Obligation));
        var owner = x.OwedBy == "office" ? new Word("督查办公室", "the office") : t;
        var period = x.Period is { } p ? new Word($"（报告期 {p}）", $" (period {p})") : new Word("", "");
        var slip = x.Colour is { } c ? new Word($"（{LadderWords.Colour(c).Zh}督办单）", $" ({LadderWords.Colour(c).En} slip)") : new Word("", "");
        var told = Phrase.List(x.Notify.Select(r => LadderWords.Recipient(r).Zh), 6);
        var toldEn = Phrase.List(x.Notify.Select(r => LadderWords.Recipient(r).En), 6);
        var why = x.Reason is { } r ? new Word($"，理由：{Phrase.Cut(r)}", $"; reason: {Phrase.Cut(r)}") : new Word($"，{n.Time(x.DueAt)} 到点自动升级", $"; due at {n.Time(x.DueAt)}");
        return new(
            $"将{owner.Zh}的{noun.Zh}{period.Zh}升级为「{step.Zh}」{slip.Zh}，通知{told.Zh}{why.Zh}",
            $"escalated the {noun.En} of {owner.En}{period.En} to {step.En}{slip.En}, telling {toldEn.En}{why.En}");
    }

    private static Word Interview(InterviewRecorded x, Word t)
    {
        var commitments = Phrase.List(x.Commitments.Select(c => $"{c.Number}. {Phrase.Cut(c.Text)}（{StoryNames.Date(c.Due)} 前）"), 10);
        var commitmentsEn = Phrase.List(x.Commitments.Select(c => $"{c.Number}. {Phrase.Cut(c.Text)} (by {StoryNames.Date(c.Due)})"), 10);
        var attendees = string.Join("、", x.Attendees);
        return new(
            $"记录与{t.Zh}的第 {x.Number} 次约谈（{StoryNames.Date(x.HeldOn)}，{x.Place}，参加人员：{attendees}）：{Phrase.Cut(x.Minutes)}{(x.Commitments.Count > 0 ? "；整改承诺：" + commitments.Zh : "")}",
            $"recorded interview {x.Number} with {t.En} ({StoryNames.Date(x.HeldOn)}, {x.Place}; present: {string.Join(", ", x.Attendees)}): {Phrase.Cut(x.Minutes)}{(x.Commitments.Count > 0 ? "; commitments: " + commitmentsEn.En : "")}");
    }

    private static Word Periods(ReportsScheduled x, Word t, StoryNames n)
    {
        var zh = Phrase.List(x.Periods.Select(p => $"{p.Name}（{n.Time(p.DueAt)} 前）"), 4);
        var en = Phrase.List(x.Periods.Select(p => $"{p.Name} (by {n.Time(p.DueAt)})"), 4);
        return new($"确定{t.Zh}的报告周期：{zh.Zh}", $"set the report periods of {t.En}: {en.En}");
    }
}
