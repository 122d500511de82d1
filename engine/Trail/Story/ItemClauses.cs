using Supervision.Engine.Items;
using Supervision.Engine.Items.Events;
using Supervision.Engine.Trail.Words;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Trail.Story;

/// <summary>What an item's own events say: defined, edited, dispatched to whom, an agency added, completed or withdrawn.</summary>
internal static class ItemClauses
{
    public static Word? Of(IDomainEvent e, StoryNames n) => e switch
    {
        ItemDefined x => new($"登记事项 {x.Spec.Ref} {x.Spec.Title}{Due(x.Spec).Zh}", $"defined item {x.Spec.Ref} {x.Spec.Title}{Due(x.Spec).En}"),
        ItemEdited x => new($"修改事项为 {x.Spec.Ref} {x.Spec.Title}{Due(x.Spec).Zh}", $"edited the item to {x.Spec.Ref} {x.Spec.Title}{Due(x.Spec).En}"),
        ItemDispatched x => Dispatched(x, n),
        ItemAssignmentAdded x => new(
            $"增加{n.Agency(x.Assignment.AgencyId)}为{PartyWords.Part(x.Assignment.Role).Zh}，接替{n.Assignment(x.ReplacesAssignmentId).Zh}",
            $"added {n.Agency(x.Assignment.AgencyId)} as {PartyWords.Part(x.Assignment.Role).En}, in place of {n.Assignment(x.ReplacesAssignmentId).En}"),
        ItemCompleted => new("办结本事项（牵头单位均已办结）", "completed the item (every lead agency has completed)"),
        ItemWithdrawn => new("撤回本事项（牵头任务均已撤回）", "withdrew the item (every lead assignment was withdrawn)"),
        _ => null,
    };

    private static Word Due(ItemSpec spec) =>
        spec.Due is { } d ? new($"，办结期限 {StoryNames.Date(d)}", $", due {StoryNames.Date(d)}") : new("", "");

    private static Word Dispatched(ItemDispatched x, StoryNames n)
    {
        var lead = Phrase.List(x.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => n.Agency(a.AgencyId)), 8);
        var cooperating = Phrase.List(x.Assignments.Where(a => a.Role != AssignmentRole.Lead).Select(a => n.Agency(a.AgencyId)), 8);
        var hasCooperating = x.Assignments.Any(a => a.Role != AssignmentRole.Lead);
        return new(
            $"交办本事项：牵头单位 {lead.Zh}{(hasCooperating ? "；配合单位 " + cooperating.Zh : "")}{(x.Major ? "；列为重大事项" : "")}",
            $"dispatched the item: lead {lead.En}{(hasCooperating ? "; cooperating " + cooperating.En : "")}{(x.Major ? "; marked major" : "")}");
    }
}
