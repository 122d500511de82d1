using System.Text.Json.Serialization;
using Supervision.Workflows.Items;

namespace Supervision.Engine.Items.Events;

/// <summary>Every lead assignment of the item was withdrawn: nobody answers for it any more.</summary>
[GenerateSerializer, Immutable]
public sealed record ItemWithdrawn() : IItemEvent
{
    [JsonIgnore]
    public ItemTrigger Trigger => ItemTrigger.Withdraw;
}
