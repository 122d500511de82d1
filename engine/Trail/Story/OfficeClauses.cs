using Supervision.Engine.Agencies.Events;
using Supervision.Engine.Campaigns.Events;
using Supervision.Engine.Evaluation.Events;
using Supervision.Engine.Notices.Events;
using Supervision.Engine.Plans.Events;
using Supervision.Engine.Rounds.Events;
using Supervision.Engine.Trail.Words;

namespace Supervision.Engine.Trail.Story;

/// <summary>What the office's other events say: plans, rounds, campaigns, evaluations, agencies and notices (the whole log's trail).</summary>
internal static class OfficeClauses
{
    public static Word? Of(IDomainEvent e, StoryNames n) => e switch
    {
        PlanCreated x => new($"登记方案《{x.Title}》（{x.Targets.Count} 项目标）", $"created the plan \"{x.Title}\" ({x.Targets.Count} targets)"),
        PlanItemAdded x => new($"在方案中增列事项 {x.Ref}{(x.Spec is { } s ? " " + s.Title : "")}", $"added item {x.Ref}{(x.Spec is { } t ? " " + t.Title : "")} to the plan"),
        PlanTargetsSet x => new($"调整方案目标（{x.Targets.Count} 项）", $"restated the plan's targets ({x.Targets.Count})"),
        RoundOpened x => new(
            $"开展第 {x.Number} 次调度：报告期 {x.Period.Name}，报送期限 {n.Time(x.Period.DueAt)}，涉及 {x.AssignmentIds.Count} 项任务",
            $"opened round {x.Number}: report period {x.Period.Name}, due {n.Time(x.Period.DueAt)}, on {x.AssignmentIds.Count} assignments"),
        CampaignOpened x => new(
            $"开展专项督导「{x.Theme}」（{StoryNames.Date(x.Starts)} 至 {StoryNames.Date(x.Ends)}）", $"opened the campaign \"{x.Theme}\" ({StoryNames.Date(x.Starts)} to {StoryNames.Date(x.Ends)})"),
        CampaignClosed x => new($"结束专项督导{(x.Summary is { Length: > 0 } s ? "：" + Phrase.Cut(s) : "")}", $"closed the campaign{(x.Summary is { Length: > 0 } t ? ": " + Phrase.Cut(t) : "")}"),
        EvaluationOpened x => new(
            $"新建考核「{x.Title}」（{StoryNames.Date(x.From)} 至 {StoryNames.Date(x.To)}）", $"set up the evaluation \"{x.Title}\" ({StoryNames.Date(x.From)} to {StoryNames.Date(x.To)})"),
        EvaluationFrozen x => new($"冻结考核结果，截至 {n.Time(x.AsOf)}", $"froze the evaluation as of {n.Time(x.AsOf)}"),
        AgencyScoreFrozen x => new(
            $"冻结{n.Agency(x.Score.AgencyId)}的得分：{Phrase.Points(x.Score.Total)} 分，第 {x.Score.Rank} 名", $"froze the score of {n.Agency(x.Score.AgencyId)}: {Phrase.Points(x.Score.Total)}, rank {x.Score.Rank}"),
        AgencyRegistered x => new($"登记单位 {x.Name}", $"registered the agency {x.Name}"),
        AgencyAliasesChanged x => new($"修改单位别名：{Phrase.List(x.Aliases, 8).Zh}", $"changed the agency's aliases: {Phrase.List(x.Aliases, 8).En}"),
        AgencyContactsChanged x => new(
            $"修改单位联系人：联络员 {x.Liaison?.Name ?? "—"}，负责人 {x.Head?.Name ?? "—"}", $"changed the agency's contacts: liaison {x.Liaison?.Name ?? "—"}, head {x.Head?.Name ?? "—"}"),
        AgencyParentChanged x => x.ParentId is { } parent
            ? new($"将上级单位设为{n.Agency(parent)}", $"placed the agency under {n.Agency(parent)}")
            : new("取消上级单位，列为顶层单位", "made the agency a top level, under no other"),
        AgencyRenamed x => new($"单位更名为 {x.Name}", $"renamed the agency {x.Name}"),
        NoticeSent x => new($"发送通知「{x.Subject}」，收件 {x.To.Count} 人，抄送 {x.Cc.Count} 人", $"sent the notice \"{x.Subject}\" to {x.To.Count}, copied to {x.Cc.Count}"),
        NoticeFailed x => new($"通知「{x.Subject}」发送失败（{x.Attempts} 次尝试）：{Phrase.Cut(x.Reply)}", $"could not send the notice \"{x.Subject}\" ({x.Attempts} attempts): {Phrase.Cut(x.Reply)}"),
        NoticeUnaddressed x => new(
            $"通知无法送达{n.Agency(x.AgencyId)}：{Phrase.List(x.Unaddressed.Select(r => LadderWords.Recipient(r).Zh)).Zh}没有可用的邮箱",
            $"could not address a notice to {n.Agency(x.AgencyId)}: no usable address for {Phrase.List(x.Unaddressed.Select(r => LadderWords.Recipient(r).En)).En}"),
        _ => null,
    };
}
