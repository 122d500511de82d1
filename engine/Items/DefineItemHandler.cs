using Supervision.Engine.Reactions;

namespace Supervision.Engine.Items;

/// <summary>Defines an action item its plan listed (reaction of <c>PlanItemAdded</c>).</summary>
public sealed class DefineItemHandler(IGrainFactory grains) : IReactionHandler
{
    public const string Kind = "item.define";

    string IReactionHandler.Kind => Kind;

    public Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken)
    {
        var request = reaction.Read<Request>();
        return grains.GetGrain<IActionItemGrain>(reaction.Target).DefineAsync(request.PlanId, request.Spec, reaction.Actor, reaction.CorrelationId);
    }

    /// <summary>The payload: the plan and the checked definition.</summary>
    public sealed record Request(string PlanId, ItemSpec Spec);
}
