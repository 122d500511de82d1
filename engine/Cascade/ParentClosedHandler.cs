using Supervision.Engine.Cascade.Events;
using Supervision.Engine.Reactions;

namespace Supervision.Engine.Cascade;

/// <summary>Tells an open child that its parent was withdrawn or handed over (reaction of the parent's closing move).</summary>
public sealed class ParentClosedHandler(IGrainFactory grains) : IReactionHandler
{
    public const string Kind = "cascade.parent_closed";

    string IReactionHandler.Kind => Kind;

    public Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken) =>
        grains.GetGrain<IAssignmentCascade>(reaction.Target).ParentClosedAsync(reaction.Read<ParentClosed>(), reaction.CorrelationId);
}
