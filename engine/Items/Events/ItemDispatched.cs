using System.Text.Json.Serialization;
using Supervision.Workflows.Items;

namespace Supervision.Engine.Items.Events;

[GenerateSerializer, Immutable]
public sealed record ItemDispatched(string DefinitionId, int DefinitionVersion, IReadOnlyList<ItemAssignment> Assignments) : IItemEvent
{
    [JsonIgnore]
    public ItemTrigger Trigger => ItemTrigger.Dispatch;
}
