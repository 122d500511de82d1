using Supervision.Engine.Reactions;

namespace Supervision.Engine.Cascade;

/// <summary>
/// Hands an upheld dispute's child over to another agency under the same parent (reaction of the child's
/// <c>DisputeUpheldReassigned</c>): a sub-assignment belongs to its parent, so its successor is cascaded there, not at the item's top level.
/// </summary>
public sealed class HandOverChildHandler(IGrainFactory grains) : IReactionHandler
{
    public const string Kind = "cascade.hand_over_child";

    string IReactionHandler.Kind => Kind;

    public Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken)
    {
        var request = reaction.Read<Request>();
        return grains.GetGrain<IAssignmentCascade>(reaction.Target).HandOverChildAsync(request.FromAssignmentId, request.ToAgencyId, reaction.Actor, reaction.CorrelationId);
    }

    /// <summary>The payload: the child whose dispute was upheld and the agency taking over.</summary>
    public sealed record Request(string FromAssignmentId, string ToAgencyId);
}
