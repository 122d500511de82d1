using System.Text.Json.Serialization;
using Supervision.Workflows.Items;

namespace Supervision.Engine.Items.Events;

[GenerateSerializer, Immutable]
public sealed record ItemEdited(ItemSpec Spec) : IItemEvent
{
    [JsonIgnore]
    public ItemTrigger Trigger => ItemTrigger.Edit;
}
