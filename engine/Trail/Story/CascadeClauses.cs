using Supervision.Engine.Cascade.Events;
using Supervision.Engine.Trail.Words;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Trail.Story;

/// <summary>What the cascade's events say (分解交办): children opened, linked to their parent, settled, closed with their parent.</summary>
internal static class CascadeClauses
{
    public static Word? Of(IDomainEvent e, Word t, StoryNames n) => e switch
    {
        AssignmentCascaded x => new(
            $"将{t.Zh}分解交办给 {string.Join("、", x.Children.Select(c => $"{n.Agency(c.AgencyId)}（{PartyWords.Part(c.Role).Zh}，{StoryNames.Date(c.Due)} 前完成{Shares(c.Shares, true)}）"))}",
            $"cascaded {t.En} to {string.Join(", ", x.Children.Select(c => $"{n.Agency(c.AgencyId)} ({PartyWords.Part(c.Role).En}, due {StoryNames.Date(c.Due)}{Shares(c.Shares, false)})"))}"),
        CascadeLinked x => new(
            $"将{t.Zh}作为第 {x.Link.Depth} 级下级任务开启，由{n.Agency(x.Link.ReviewerAgencyId)}审核{Instructions(x.Link.Instructions, true)}",
            $"{t.En} opened as a level-{x.Link.Depth} sub-assignment, reviewed by {n.Agency(x.Link.ReviewerAgencyId)}{Instructions(x.Link.Instructions, false)}"),
        ChildSettled x => new(
            $"下级任务{n.Assignment(x.ChildId).Zh}已{CycleLabels.Status(x.Status, "zh")}",
            $"the sub-assignment {n.Assignment(x.ChildId).En} closed ({CycleLabels.Status(x.Status, "en")})"),
        ParentClosed x => new(
            $"上级任务{n.Assignment(x.ParentId).Zh}已{CycleLabels.Status(x.Status, "zh")}，{t.Zh}随之撤回",
            $"the assignment above, {n.Assignment(x.ParentId).En}, was {CycleLabels.Status(x.Status, "en").ToLowerInvariant()}, so {t.En} is withdrawn with it"),
        _ => null,
    };

    private static string Instructions(string? text, bool chinese) => string.IsNullOrWhiteSpace(text) ? ""
        : chinese ? $"，工作要求：{Phrase.Cut(text)}" : $"; instructions: {Phrase.Cut(text)}";

    private static string Shares(IReadOnlyList<Cascade.Share> shares, bool chinese) => shares.Count == 0 ? ""
        : chinese ? "，分担 " + string.Join("、", shares.Select(s => $"{s.Indicator} {Phrase.Number(s.Value)}"))
        : "; shares " + string.Join(", ", shares.Select(s => $"{s.Indicator} {Phrase.Number(s.Value)}"));
}
