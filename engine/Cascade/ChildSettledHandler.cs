using Supervision.Engine.Cascade.Events;
using Supervision.Engine.Reactions;

namespace Supervision.Engine.Cascade;

/// <summary>Tells a parent that one of its children closed (reaction of the child's closing move).</summary>
public sealed class ChildSettledHandler(IGrainFactory grains) : IReactionHandler
{
    public const string Kind = "cascade.child_settled";

    string IReactionHandler.Kind => Kind;

    public Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken) =>
        grains.GetGrain<IAssignmentCascade>(reaction.Target).ChildSettledAsync(reaction.Read<ChildSettled>(), reaction.CorrelationId);
}
