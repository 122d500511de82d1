using Supervision.Engine.Items.Events;
using Supervision.Engine.Trail;
using Supervision.Workflows.Items;

namespace Supervision.Engine.Items;

/// <summary>
/// An action item's definition, dispatch and assignments, rebuilt from its stream. Status changes only through the
/// item lifecycle machine: replaying an event fires its trigger.
/// </summary>
[GenerateSerializer]
public sealed class ItemState : TrailState
{
    [Id(0)] public string? PlanId { get; set; }
    [Id(1)] public ItemSpec? Spec { get; set; }
    [Id(2)] public ItemStatus Status { get; set; }
    [Id(3)] public string? DefinitionId { get; set; }
    [Id(4)] public int? DefinitionVersion { get; set; }

    /// <summary>Dispatched as major: its assignments' ladders start higher.</summary>
    [Id(7)] public bool Major { get; set; }
    [Id(5)] public List<ItemAssignment> Assignments { get; set; } = [];
    [Id(6)] public DateTimeOffset? DispatchedAt { get; set; }

    /// <summary>The lifecycle over this state, with the facts the caller established.</summary>
    public ItemLifecycle Lifecycle(ItemFacts facts) => new(() => Status, s => Status = s, facts);

    protected override void When(TrailEntry entry)
    {
        if (entry.Event is ItemDefined defined)
        {
            (PlanId, Spec, Status) = (defined.PlanId, defined.Spec, ItemStatus.Draft);
            return;
        }

        if (entry.Event is IItemEvent moved)
        {
            // The event happened, so its guards held then: replay with facts that let it through.
            Lifecycle(new ItemFacts(true, true)).Fire(moved.Trigger);
        }

        switch (entry.Event)
        {
            case ItemEdited e:
                Spec = e.Spec;
                break;
            case ItemDispatched e:
                (DefinitionId, DefinitionVersion, DispatchedAt, Major) = (e.DefinitionId, e.DefinitionVersion, entry.At, e.Major);
                Assignments = [.. e.Assignments];
                break;
            case ItemAssignmentAdded e:
                Assignments = [.. Assignments, e.Assignment];
                break;
        }
    }
}
