using System.Text.Json.Serialization;
using Supervision.Workflows.Items;

namespace Supervision.Engine.Items.Events;

/// <summary>The item goes out to its agencies under a definition; <c>Major</c> marks it for a ladder that starts higher.</summary>
[GenerateSerializer, Immutable]
public sealed record ItemDispatched(string DefinitionId, int DefinitionVersion, IReadOnlyList<ItemAssignment> Assignments, bool Major = false) : IItemEvent
{
    [JsonIgnore]
    public ItemTrigger Trigger => ItemTrigger.Dispatch;
}
