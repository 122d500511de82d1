using Supervision.Engine.Items.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Items;

/// <summary>An action item's definition, dispatch and assignments, rebuilt from its stream.</summary>
[GenerateSerializer]
public sealed class ItemState : TrailState
{
    [Id(0)] public string? PlanId { get; set; }
    [Id(1)] public ItemSpec? Spec { get; set; }
    [Id(2)] public ItemStatus Status { get; set; }
    [Id(3)] public string? DefinitionId { get; set; }
    [Id(4)] public int? DefinitionVersion { get; set; }
    [Id(5)] public List<ItemAssignment> Assignments { get; set; } = [];
    [Id(6)] public DateTimeOffset? DispatchedAt { get; set; }

    protected override void When(TrailEntry entry)
    {
        switch (entry.Event)
        {
            case ItemDefined e:
                (PlanId, Spec, Status) = (e.PlanId, e.Spec, ItemStatus.Draft);
                break;
            case ItemEdited e:
                Spec = e.Spec;
                break;
            case ItemDispatched e:
                (Status, DefinitionId, DefinitionVersion, DispatchedAt) = (ItemStatus.Dispatched, e.DefinitionId, e.DefinitionVersion, entry.At);
                Assignments = [.. e.Assignments];
                break;
            case ItemAssignmentAdded e:
                Assignments.Add(e.Assignment);
                break;
            case ItemCompleted:
                Status = ItemStatus.Completed;
                break;
        }
    }
}
