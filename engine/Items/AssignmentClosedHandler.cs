using Supervision.Engine.Reactions;

namespace Supervision.Engine.Items;

/// <summary>Tells an item that one of its assignments closed, so it completes (or is withdrawn) when its leads are done.</summary>
public sealed class AssignmentClosedHandler(IGrainFactory grains) : IReactionHandler
{
    public const string Kind = "item.assignment_closed";

    string IReactionHandler.Kind => Kind;

    public Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken) =>
        grains.GetGrain<IActionItemGrain>(reaction.Target).SettleAsync(reaction.CorrelationId);

    /// <summary>The payload: which assignment closed.</summary>
    public sealed record Request(string AssignmentId);
}
